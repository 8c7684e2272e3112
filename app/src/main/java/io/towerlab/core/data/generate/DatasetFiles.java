package io.towerlab.core.data.generate;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.towerlab.core.data.DatasetManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The file names and naming rules of a generated dataset folder, and its {@code dataset.json}. */
final class DatasetFiles {
    static final String INTERACTIONS = "interactions.csv";
    static final String DOCUMENTS = "documents.csv";
    static final String QUERIES = "queries.csv";
    static final String MANIFEST = "dataset.json";
    static final String REFERENCE = "reference.json";

    private DatasetFiles() {
    }

    static String categoryName(int k, int categories) {
        return "cat-" + padded(k + 1, categories);
    }

    static String segmentName(int family, int families) {
        return "seg-" + padded(family + 1, families);
    }

    private static String padded(int value, int max) {
        String text = Integer.toString(value);
        int width = Math.max(2, Integer.toString(max).length());
        return "0".repeat(Math.max(0, width - text.length())) + text;
    }

    static DatasetManifest manifest(GeneratorSettings settings) {
        Map<String, Object> generator = new LinkedHashMap<>();
        generator.put("preset", settings.preset());
        generator.put("seed", settings.seed());
        generator.put("reference", REFERENCE);
        return new DatasetManifest(DatasetManifest.FORMAT, settings.preset(),
                new DatasetManifest.InteractionFile(INTERACTIONS, "user_id", "item_id", "relevance", "timestamp", null),
                new DatasetManifest.EntityFile(DOCUMENTS, "item_id", List.of("category"), null, List.of("title"), null),
                new DatasetManifest.EntityFile(QUERIES, "user_id", List.of("segment"), null, null, null),
                null, generator);
    }

    static void writeManifest(GeneratorSettings settings, Path file) throws IOException {
        writeJson(manifest(settings), file);
    }

    /** Pretty JSON with "\n" line ends on every system, so the bytes do not depend on the machine. */
    static void writeJson(Object value, Path file) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        ObjectWriter writer = new ObjectMapper().writer(printer);
        Files.writeString(file, writer.writeValueAsString(value) + "\n");
    }
}
