package io.towerlab.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's {@code document-features/} folder: {@code index.json} ({@code {"format", "inputs": [...]}}, one
 * object of settings per document-tower input) and one JSON array of strings per long list (a vocabulary,
 * the id dictionary) that an input names. Written as a folder renamed into place, like checkpoints; read
 * back with errors that name the file and the JSON path.
 */
public final class DocumentFeatureFiles {
    public static final String FORMAT = "towerlab-document-features/1";
    private static final String INDEX = "index.json";

    private DocumentFeatureFiles() {
    }

    /** Writes the folder: {@code inputs} in order, each list of {@code lists} as {@code <name>.json}. */
    public static void write(Path folder, List<Map<String, Object>> inputs, Map<String, List<String>> lists)
            throws IOException {
        Path parent = folder.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + folder.getFileName() + "-");
        for (Map.Entry<String, List<String>> list : lists.entrySet()) {
            Files.write(temp.resolve(list.getKey() + ".json"), RunFolder.LINE.writeValueAsBytes(list.getValue()));
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("format", FORMAT);
        index.put("inputs", inputs);
        AtomicFiles.write(temp.resolve(INDEX), RunFolder.JSON.writeValueAsBytes(index));
        Checkpoints.replaceFolder(temp, folder);
    }

    /** The inputs of {@code index.json}; fails naming the file and what is wrong. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> readInputs(Path folder) throws IOException {
        Path file = folder.resolve(INDEX);
        Map<String, Object> index;
        try {
            index = RunFolder.JSON.readValue(file.toFile(), LinkedHashMap.class);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new IOException(file + " is missing: the run's document features were not saved completely", e);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
        if (!FORMAT.equals(index.get("format"))) {
            throw new IOException(file + ": $.format is " + index.get("format") + ", expected " + FORMAT
                    + " (written by another version of TowerLab?)");
        }
        if (!(index.get("inputs") instanceof List<?> inputs)) {
            throw new IOException(file + ": $.inputs is missing or not a list");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (!(inputs.get(i) instanceof Map<?, ?> input)) {
                throw new IOException(file + ": $.inputs[" + i + "] is not an object");
            }
            out.add((Map<String, Object>) input);
        }
        return out;
    }

    /** The list {@code <name>.json}; fails naming the file when it is missing or not an array of strings. */
    public static List<String> readList(Path folder, String name) throws IOException {
        Path file = folder.resolve(name + ".json");
        List<?> values;
        try {
            values = RunFolder.LINE.readValue(file.toFile(), List.class);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new IOException(file + " is missing: the run's document features were not saved completely", e);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not a JSON array of strings (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage(), e);
        }
        List<String> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            if (!(values.get(i) instanceof String s)) {
                throw new IOException(file + ": $[" + i + "] is " + values.get(i) + ", not a string");
            }
            out.add(s);
        }
        return out;
    }
}
