package io.towerlab.ui.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The first rows of a dataset's interactions file, split into fields, for the preview table and the
 * column-mapping choices. A folder is previewed through its manifest's interactions file or the
 * MovieLens ratings file; MovieLens files without a header get the usual column names.
 *
 * @param file    the file shown
 * @param columns the header (or the standard names)
 * @param rows    up to the requested number of data rows
 */
public record TablePreview(Path file, List<String> columns, List<List<String>> rows) {
    private static final String UTF8_BOM = "\u00EF\u00BB\u00BF";
    private static final List<String> MOVIELENS = List.of("user_id", "item_id", "rating", "timestamp");

    public static TablePreview read(Path path, int maxRows) throws IOException {
        Path file = interactionsFile(path);
        String name = file.getFileName().toString();
        boolean headerless = name.equals("u.data") || name.equals("ratings.dat");
        List<String> columns = headerless ? MOVIELENS : List.of();
        List<List<String>> rows = new ArrayList<>();
        String delimiter = null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            for (String line = in.readLine(); line != null && rows.size() < maxRows; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                line = rows.isEmpty() && columns.isEmpty() && line.startsWith(UTF8_BOM) ? line.substring(3) : line;
                delimiter = delimiter == null ? sniff(line) : delimiter;
                List<String> fields = split(line, delimiter);
                if (columns.isEmpty()) {
                    columns = fields;
                } else {
                    rows.add(fields);
                }
            }
        }
        return new TablePreview(file, columns, rows);
    }

    static Path interactionsFile(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return path;
        }
        Path manifest = path.resolve("dataset.json");
        if (Files.isRegularFile(manifest)) {
            JsonNode file = new ObjectMapper().readTree(manifest.toFile()).path("interactions").path("file");
            if (file.isTextual()) {
                return path.resolve(file.asText());
            }
        }
        for (String candidate : List.of("u.data", "ratings.dat", "ratings.csv")) {
            if (Files.isRegularFile(path.resolve(candidate))) {
                return path.resolve(candidate);
            }
        }
        throw new IOException(path + ": no interactions file to preview");
    }

    static String sniff(String line) {
        for (String candidate : List.of("\t", "::", ";", "|")) {
            if (line.contains(candidate)) {
                return candidate;
            }
        }
        return ",";
    }

    static List<String> split(String line, String delimiter) {
        if (!line.contains("\"")) {
            return Arrays.asList(line.split(java.util.regex.Pattern.quote(delimiter), -1));
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && line.startsWith(delimiter, i)) {
                fields.add(field.toString());
                field.setLength(0);
                i += delimiter.length() - 1;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
