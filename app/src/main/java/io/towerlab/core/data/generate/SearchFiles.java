package io.towerlab.core.data.generate;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetFormat;
import io.towerlab.core.data.DatasetManifest;
import io.towerlab.core.data.DatasetSource;
import io.towerlab.core.data.FeatureTableBuilder;
import io.towerlab.core.data.IdDictionary;
import io.towerlab.core.data.InteractionsBuilder;
import io.towerlab.core.data.SplitRole;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a generated search log's files ({@code documents.csv}, {@code queries.csv},
 * {@code interactions.csv}, {@code dataset.json}) and builds the same log in memory with its oracle.
 */
final class SearchFiles {
    static final String QUERY_ID = "query_id";
    static final String ITEM_ID = "item_id";

    private SearchFiles() {
    }

    static SearchLog write(SearchSettings settings, SearchCatalogue catalogue, SearchIntents intents,
                           SearchRows rows, Path folder, boolean[] trained) throws IOException {
        writeDocuments(catalogue, folder.resolve(DatasetFiles.DOCUMENTS));
        writeQueries(rows, folder.resolve(DatasetFiles.QUERIES));
        writeInteractions(rows, folder.resolve(DatasetFiles.INTERACTIONS));
        DatasetFiles.writeJson(manifest(settings), folder.resolve(DatasetFiles.MANIFEST));
        int dim = intents.dimension;
        float[] queryVectors = new float[rows.texts.size() * dim];
        for (int q = 0; q < rows.texts.size(); q++) {
            System.arraycopy(intents.queryVector(rows.intentOf.get(q)), 0, queryVectors, q * dim, dim);
        }
        return new SearchLog(settings, shape(catalogue, rows, trained), dataset(settings, catalogue, rows, folder),
                dim, queryVectors, intents.documentVectors);
    }

    static DatasetManifest manifest(SearchSettings settings) {
        Map<String, Object> generator = new LinkedHashMap<>();
        generator.put("preset", settings.preset());
        generator.put("seed", settings.seed());
        generator.put("reference", DatasetFiles.REFERENCE);
        return new DatasetManifest(DatasetManifest.FORMAT, settings.preset(),
                new DatasetManifest.InteractionFile(DatasetFiles.INTERACTIONS, QUERY_ID, ITEM_ID, "relevance",
                        "timestamp", "split"),
                new DatasetManifest.EntityFile(DatasetFiles.DOCUMENTS, ITEM_ID, List.of("category"), null,
                        List.of("title", "description"), null),
                new DatasetManifest.EntityFile(DatasetFiles.QUERIES, QUERY_ID, null, null, List.of("text"), null),
                null, generator);
    }

    private static ClickDataset dataset(SearchSettings settings, SearchCatalogue catalogue, SearchRows rows,
                                        Path folder) {
        IdDictionary queries = new IdDictionary(rows.texts.size());
        FeatureTableBuilder queryText = new FeatureTableBuilder(List.of(), List.of(), List.of("text"));
        for (int q = 0; q < rows.texts.size(); q++) {
            queries.getOrAdd(rows.ids.get(q));
            queryText.text(0, q, rows.texts.get(q));
        }
        IdDictionary documents = new IdDictionary(catalogue.documents());
        FeatureTableBuilder documentText = new FeatureTableBuilder(List.of(), List.of(),
                List.of("title", "description"));
        for (int d = 0; d < catalogue.documents(); d++) {
            documents.getOrAdd(Integer.toString(d + 1));
            documentText.text(0, d, catalogue.title[d]);
            documentText.text(1, d, catalogue.description[d]);
        }
        InteractionsBuilder interactions = new InteractionsBuilder(rows.size).withTimestamps(true);
        for (int r = 0; r < rows.size; r++) {
            interactions.add(rows.query[r], rows.document[r], 1f, rows.time[r], rows.role[r]);
        }
        return new ClickDataset(settings.preset(), new DatasetSource(folder, DatasetFormat.MANIFEST, ""), queries,
                documents, interactions.build(), queryText.build(queries.size()), documentText.build(documents.size()));
    }

    private static SearchShape shape(SearchCatalogue catalogue, SearchRows rows, boolean[] trained) {
        int[] clicks = new int[3];
        int typoClicks = 0;
        List<Set<Integer>> queries = List.of(new HashSet<>(), new HashSet<>(), new HashSet<>());
        for (int r = 0; r < rows.size; r++) {
            int part = rows.role[r].ordinal();
            clicks[part]++;
            queries.get(part).add(rows.query[r]);
            if (rows.role[r] == SplitRole.TRAIN && rows.misspelled.get(rows.query[r])) {
                typoClicks++;
            }
        }
        int typoQueries = 0;
        for (int q : queries.get(0)) {
            typoQueries += rows.misspelled.get(q) ? 1 : 0;
        }
        int intents = 0;
        for (boolean t : trained) {
            intents += t ? 1 : 0;
        }
        int train = queries.get(0).size();
        return new SearchShape(rows.texts.size(), catalogue.documents(), catalogue.categories(), intents, rows.size,
                clicks[0], clicks[1], clicks[2], train, queries.get(1).size(), queries.get(2).size(),
                round((double) typoClicks / clicks[0]), round((double) typoQueries / train));
    }

    private static double round(double value) {
        return Math.round(value * 1e4) / 1e4;
    }

    private static void writeDocuments(SearchCatalogue catalogue, Path file) throws IOException {
        try (Writer out = writer(file)) {
            out.write("item_id,category,title,description\n");
            for (int d = 0; d < catalogue.documents(); d++) {
                out.write((d + 1) + "," + catalogue.vocabulary.categories.get(catalogue.category[d]).name() + ","
                        + catalogue.title[d] + "," + catalogue.description[d] + "\n");
            }
        }
    }

    private static void writeQueries(SearchRows rows, Path file) throws IOException {
        try (Writer out = writer(file)) {
            out.write("query_id,text\n");
            for (int q = 0; q < rows.texts.size(); q++) {
                out.write(rows.ids.get(q) + "," + rows.texts.get(q) + "\n");
            }
        }
    }

    private static void writeInteractions(SearchRows rows, Path file) throws IOException {
        try (Writer out = writer(file)) {
            out.write("query_id,item_id,relevance,timestamp,split\n");
            StringBuilder line = new StringBuilder(64);
            for (int r = 0; r < rows.size; r++) {
                line.setLength(0);
                line.append(rows.ids.get(rows.query[r])).append(',').append(rows.document[r] + 1).append(",1,")
                        .append(rows.time[r]).append(',').append(rows.role[r].name().toLowerCase(Locale.ROOT))
                        .append('\n');
                out.append(line);
            }
        }
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
