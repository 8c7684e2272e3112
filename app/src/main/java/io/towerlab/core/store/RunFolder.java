package io.towerlab.core.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run's folder: {@code spec.json} written once, {@code provenance.json}, {@code status.json}
 * replaced atomically, {@code summary.json} (what listings show), {@code metrics.jsonl} appended one
 * object per line, {@code checkpoints/} and {@code embeddings/}.
 */
public final class RunFolder {
    static final String SUMMARY = "summary.json";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final ObjectMapper LINE = new ObjectMapper();
    private final Path path;

    public RunFolder(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public String id() {
        return path.getFileName().toString();
    }

    /** Writes the spec; a run's spec is never replaced. */
    public void writeSpec(String specJson) throws IOException {
        Path target = path.resolve("spec.json");
        if (Files.exists(target)) {
            throw new IOException("spec.json of run " + id() + " exists already and is never replaced");
        }
        AtomicFiles.write(target, specJson);
    }

    public String readSpec() throws IOException {
        return Files.readString(path.resolve("spec.json"), StandardCharsets.UTF_8);
    }

    public void writeProvenance(Map<String, Object> provenance) throws IOException {
        AtomicFiles.write(path.resolve("provenance.json"), JSON.writeValueAsBytes(provenance));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> readProvenance() throws IOException {
        return JSON.readValue(path.resolve("provenance.json").toFile(), LinkedHashMap.class);
    }

    /** Replaces {@code status.json}, and {@code summary.json} (when the run has one) with the new status. */
    public void writeStatus(RunStatus status) throws IOException {
        AtomicFiles.write(path.resolve("status.json"), JSON.writeValueAsBytes(status));
        RunSummary summary = readSummary();
        if (summary != null) {
            writeSummary(summary.with(status, Instant.now()));
        }
    }

    public RunStatus readStatus() throws IOException {
        return JSON.readValue(path.resolve("status.json").toFile(), RunStatus.class);
    }

    public void writeSummary(RunSummary summary) throws IOException {
        AtomicFiles.write(path.resolve(SUMMARY), LINE.writeValueAsBytes(summary));
    }

    /** The run's summary, or null when it has none or it cannot be read. */
    public RunSummary readSummary() {
        try {
            return LINE.readValue(path.resolve(SUMMARY).toFile(), RunSummary.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public Path metricsFile() {
        return path.resolve("metrics.jsonl");
    }

    public Path embeddings() {
        return path.resolve("embeddings");
    }

    /** What the document tower needs to embed a document from its own columns ({@link DocumentFeatureFiles}). */
    public Path documentFeatures() {
        return path.resolve("document-features");
    }

    /** Appends one metric line {@code {step, epoch, name, value, time}} to {@code metrics.jsonl}. */
    public void appendMetric(long step, int epoch, String name, double value) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("step", step);
        line.put("epoch", epoch);
        line.put("name", name);
        line.put("value", Double.isFinite(value) ? value : null);
        line.put("time", System.currentTimeMillis());
        try (Writer out = Files.newBufferedWriter(path.resolve("metrics.jsonl"), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write(LINE.writeValueAsString(line));
            out.write('\n');
        }
    }

    /** Writes {@code ids/<name>.ids}: the original id of each row of the run's query or document tables. */
    public void writeIds(String name, List<String> ids) throws IOException {
        AtomicFiles.write(path.resolve("ids").resolve(name + ".ids"), String.join("\n", ids) + "\n");
    }

    /** The ids written by {@link #writeIds}, or null when the run has none. */
    public List<String> readIds(String name) throws IOException {
        Path file = path.resolve("ids").resolve(name + ".ids");
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : null;
    }

    public Path checkpoints() {
        return path.resolve("checkpoints");
    }
}
