package io.towerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.towerlab.core.data.CategoricalColumn;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.FeatureTable;
import io.towerlab.core.data.generate.SearchLogGenerator;
import io.towerlab.core.data.generate.SearchSettings;
import io.towerlab.core.model.ColumnRows;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.store.Embeddings;
import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run saved with its document features embeds documents from their own columns, without the dataset:
 * its training documents get the run's own vectors, a new document gets the vector the app computes for
 * it when the dataset holds it, and values training never saw take the encoders' own fallbacks.
 */
class ColumnDocumentTowerTest {
    private static final String SPEC = """
            {"name": "columns", "data": {"path": "%s", "format": "manifest", "split": {"type": "predefined"}},
             "queryTower": {"inputs": [{"type": "trigram", "column": "text", "buckets": 1000, "dim": 16}],
                            "layers": [{"type": "dense", "units": 8, "activation": "tanh"}]},
             "docTower": {"inputs": [%s],
                          "layers": [{"type": "dense", "units": 8, "activation": "tanh"}]},
             "similarity": {"type": "cosine", "temperature": 0.05},
             "loss": {"type": "fps"},
             "training": {"epochs": 1, "batchSize": 512, "seed": 3}}
            """;
    private static final String CONTENT = """
            {"type": "trigram", "column": "title", "buckets": 1000, "dim": 16},
            {"type": "categorical", "column": "category", "dim": 4},
            {"type": "tokens", "column": "description", "dim": 8}""";
    private static final String WITH_ID = """
            {"type": "id", "dim": 8}, {"type": "categorical", "column": "category", "dim": 4}""";

    @TempDir
    static Path dir;
    private static Path data;
    private static RunFolder content;
    private static RunFolder withId;

    @BeforeAll
    static void trainTwoRuns() throws Exception {
        data = dir.resolve("data");
        new SearchLogGenerator().generate(SearchSettings.searchSmall(5).withSizes(150, 60, 1200, 40, 40), data);
        content = train(CONTENT);
        withId = train(WITH_ID);
    }

    private static RunFolder train(String inputs) throws Exception {
        String json = SPEC.formatted(data.toString().replace("\\", "/"), inputs);
        ExperimentSpec spec = new SpecReader().read(json, "columns.json");
        return new ExperimentRunner(new RunStore(dir.resolve("runs"))).run(spec, json,
                ExperimentData.load(spec.data(), data), TrainingListener.NONE, new CancelToken()).folder();
    }

    /** The dataset's documents as raw cells, the way a catalogue file gives them. */
    private static ColumnRows rawDocuments(ClickDataset dataset) {
        int n = dataset.documentCount();
        FeatureTable features = dataset.documentFeatures();
        String[] ids = new String[n];
        String[] category = new String[n];
        CategoricalColumn categories = features.categorical().get("category");
        for (int d = 0; d < n; d++) {
            ids[d] = dataset.documents().idOf(d);
            int code = categories.firstCode(d);
            category[d] = code < 0 ? null : categories.vocabulary().idOf(code);
        }
        return new ColumnRows(ids, Map.of("category", category, "title", features.text().get("title").values(),
                "description", features.text().get("description").values()));
    }

    private static ColumnRows rows(String[] ids, String[] category, String[] title, String[] description) {
        return new ColumnRows(ids, Map.of("category", category, "title", title, "description", description));
    }

    private static void assertRowsClose(float[] actual, int actualRow, float[] expected, int expectedRow, int dim) {
        for (int j = 0; j < dim; j++) {
            assertThat(actual[actualRow * dim + j]).as("value %d", j)
                    .isCloseTo(expected[expectedRow * dim + j], within(1e-5f));
        }
    }

    @Test
    void theTrainingDocumentsEmbeddedFromTheirColumnsGetTheRunsOwnVectors() throws Exception {
        assertThat(content.documentFeatures().resolve("index.json")).exists();
        ClickDataset dataset = ExperimentData.load(SavedRun.readSpec(content).data(), data).dataset();
        Embeddings.Matrix own = Embeddings.read(content.embeddings());
        try (SavedDocumentTower tower = SavedDocumentTower.open(content, null, "cpu")) {
            assertThat(tower.fromColumns()).isTrue();
            assertThat(tower.columns()).containsExactly("title", "category", "description");
            SavedDocumentTower.Embedded embedded = tower.embed(rawDocuments(dataset));
            assertThat(embedded.skipped()).isZero();
            assertThat(embedded.rows()).hasSize(own.count());
            for (int r = 0; r < own.count(); r++) {
                assertThat(dataset.documents().idOf(embedded.rows()[r])).isEqualTo(own.ids().get(r));
                assertRowsClose(embedded.vectors(), r, own.vectors(), r, own.dim());
            }
        }
    }

    @Test
    void aNewDocumentGetsTheAppsVectorAndAnUnseenCategoryIsTreatedAsNoCategory() throws Exception {
        String category = Files.readAllLines(data.resolve("documents.csv")).get(1).split(",")[1];
        Path extended = copy(data, dir.resolve("extended-data"));
        Files.writeString(extended.resolve("documents.csv"), "new-1," + category
                + ",Brand New Gadget Thing,Completely unheard zzqx words\n"
                + "new-2,,Another Novel Item,plain quiet words\n", java.nio.file.StandardOpenOption.APPEND);
        float[] expected;
        int dim;
        try (SavedModel app = SavedModel.load(SavedRun.open(content, extended), SavedModel.bestCheckpoint(content),
                "cpu")) {
            var documents = app.context().model();
            ClickDataset dataset = SavedRun.open(content, extended).data().dataset();
            int[] indices = {dataset.documents().indexOf("new-1"), dataset.documents().indexOf("new-2")};
            assertThat(indices).doesNotContain(-1);
            expected = documents.embed(documents.documentTower(), indices, 16, app.root());
            dim = documents.dim();
        }
        try (SavedDocumentTower tower = SavedDocumentTower.open(content, null, "cpu")) {
            SavedDocumentTower.Embedded embedded = tower.embed(rows(new String[] {"new-1", "new-3"},
                    new String[] {category, "a-category-never-seen"},
                    new String[] {"Brand New Gadget Thing", "Another Novel Item"},
                    new String[] {"Completely unheard zzqx words", "plain quiet words"}));
            assertThat(embedded.rows()).containsExactly(0, 1);
            assertRowsClose(embedded.vectors(), 0, expected, 0, dim);
            assertRowsClose(embedded.vectors(), 1, expected, 1, dim);
        }
    }

    @Test
    void aTowerWithAnIdInputSkipsNewIdsAsNeedingAnIdSeenInTraining() throws Exception {
        Embeddings.Matrix own = Embeddings.read(withId.embeddings());
        try (SavedDocumentTower tower = SavedDocumentTower.open(withId, null, "cpu")) {
            String known = own.ids().get(0);
            SavedDocumentTower.Embedded embedded = tower.embed(rows(new String[] {"brand-new", known},
                    new String[] {null, "unused"}, new String[2], new String[2]));
            assertThat(embedded.rows()).containsExactly(1);
            assertThat(embedded.skipped()).isEqualTo(1);
            assertThat(embedded.skipReason()).isEqualTo(SavedDocumentTower.NEEDS_KNOWN_ID);
            assertThat(tower.columns()).containsExactly("category");
        }
    }

    @Test
    void aRunWithoutSavedFeaturesEmbedsItsDatasetsDocumentsByIdAndSaysWhy() throws Exception {
        RunFolder old = new RunFolder(copy(content.path(), dir.resolve("old-runs").resolve(content.id())));
        deleteRecursively(old.documentFeatures());
        Embeddings.Matrix own = Embeddings.read(content.embeddings());
        try (SavedDocumentTower tower = SavedDocumentTower.open(old, null, "cpu")) {
            assertThat(tower.fromColumns()).isFalse();
            assertThat(tower.note()).contains("no saved document features", "new documents need a run trained");
            SavedDocumentTower.Embedded embedded = tower.embed(new ColumnRows(
                    new String[] {"never-heard-of", own.ids().get(2)}, Map.of()));
            assertThat(embedded.rows()).containsExactly(1);
            assertThat(embedded.skipReason()).isEqualTo(SavedDocumentTower.UNKNOWN_TO_DATASET);
            assertRowsClose(embedded.vectors(), 0, own.vectors(), 2, own.dim());
        }
    }

    @Test
    void aBrokenOrMissingFeatureFileIsReportedWithItsPath() throws Exception {
        RunFolder bad = new RunFolder(copy(content.path(), dir.resolve("bad-runs").resolve(content.id())));
        Path index = bad.documentFeatures().resolve("index.json");
        Files.writeString(index, Files.readString(index).replaceFirst("\"categorical\"", "\"bogus\""));
        assertThatThrownBy(() -> SavedDocumentTower.open(bad, null, "cpu")).isInstanceOf(IOException.class)
                .hasMessageContaining(index + ": $.inputs[1].kind is 'bogus'");

        RunFolder missing = new RunFolder(copy(content.path(), dir.resolve("missing-runs").resolve(content.id())));
        Path values = missing.documentFeatures().resolve("input-1.values.json");
        Files.delete(values);
        assertThatThrownBy(() -> SavedDocumentTower.open(missing, null, "cpu")).isInstanceOf(IOException.class)
                .hasMessageContaining(values + " is missing");

        Files.writeString(index, "{\"format\": ");
        assertThatThrownBy(() -> SavedDocumentTower.open(bad, null, "cpu")).isInstanceOf(IOException.class)
                .hasMessageContaining(index + ": not valid JSON at line 1");
    }

    private static Path copy(Path from, Path to) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(from)) {
            paths = new ArrayList<>(walk.toList());
        }
        for (Path p : paths) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
        return to;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = new ArrayList<>(walk.toList());
        }
        paths.sort((a, b) -> b.getNameCount() - a.getNameCount());
        for (Path p : paths) {
            Files.delete(p);
        }
        assertThat(Arrays.asList(folder)).noneMatch(Files::exists);
    }
}
