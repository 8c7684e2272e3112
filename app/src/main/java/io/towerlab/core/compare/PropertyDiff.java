package io.towerlab.core.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.towerlab.core.store.RunDiff;
import io.towerlab.core.store.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The hyperparameters (every value of {@code spec.json}) and provenance of several runs side by side,
 * one row per JSON path, for any number of runs; {@link RunDiff} is the two-run version the command
 * line prints. The start time and resume records are left out: they always differ.
 */
public final class PropertyDiff {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PropertyDiff() {
    }

    /** One path and each run's value there (null when a run has none). */
    public record Row(String file, String path, List<String> values) {

        public boolean differs() {
            return values.stream().distinct().count() > 1;
        }
    }

    /** The rows of these runs, spec first; only the differing ones when {@code onlyDiffering}. */
    public static List<Row> of(List<RunFolder> runs, boolean onlyDiffering) throws IOException {
        List<Row> rows = new ArrayList<>();
        add("spec", runs, "spec.json", rows);
        add("provenance", runs, "provenance.json", rows);
        rows.removeIf(r -> r.file().equals("provenance")
                && (r.path().equals("startTime") || r.path().startsWith("resumes")));
        if (onlyDiffering) {
            rows.removeIf(r -> !r.differs());
        }
        return rows;
    }

    private static void add(String file, List<RunFolder> runs, String name, List<Row> out) throws IOException {
        List<Map<String, String>> flat = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>();
        for (RunFolder run : runs) {
            Path path = run.path().resolve(name);
            Map<String, String> values = new TreeMap<>();
            if (Files.isRegularFile(path)) {
                JsonNode tree;
                try {
                    tree = JSON.readTree(path.toFile());
                } catch (IOException e) {
                    throw new IOException(path + " cannot be read as JSON: " + e.getMessage(), e);
                }
                values = RunDiff.flatten(tree);
            }
            flat.add(values);
            keys.addAll(values.keySet());
        }
        for (String key : keys) {
            out.add(new Row(file, key, flat.stream().map(m -> m.get(key)).map(v -> Objects.toString(v, null)).toList()));
        }
    }
}
