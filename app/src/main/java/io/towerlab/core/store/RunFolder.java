package io.towerlab.core.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run's folder: {@code spec.json} written once, {@code provenance.json}, {@code status.json}
 * replaced atomically, {@code metrics.jsonl} appended one object per line, {@code checkpoints/}.
 */
public final class RunFolder {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper LINE = new ObjectMapper();
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

    public void writeStatus(RunStatus status) throws IOException {
        AtomicFiles.write(path.resolve("status.json"), JSON.writeValueAsBytes(status));
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

    public Path checkpoints() {
        return path.resolve("checkpoints");
    }
}
