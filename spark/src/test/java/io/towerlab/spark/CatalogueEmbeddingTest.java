package io.towerlab.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.towerlab.core.data.generate.SearchLogGenerator;
import io.towerlab.core.data.generate.SearchSettings;
import io.towerlab.core.model.ColumnRows;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.store.Embeddings;
import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunStore;
import io.towerlab.core.train.CancelToken;
import io.towerlab.core.train.ExperimentData;
import io.towerlab.core.train.ExperimentRunner;
import io.towerlab.core.train.SavedDocumentTower;
import io.towerlab.core.train.TrainingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job on Spark in local mode over a generated search catalogue, with a small
 * letter-trigram DSSM (plus the category) trained for one epoch, and checks its vectors against the run's own
 * {@code embeddings/}, and those of documents the run never saw against the app's own vectors for them.
 */
class CatalogueEmbeddingTest {
    private static final String SPEC = """
            {"name": "spark-job", "data": {"path": "%s", "format": "manifest", "split": {"type": "predefined"}},
             "queryTower": {"inputs": [{"type": "trigram", "column": "text", "buckets": 2000, "dim": 32}],
                            "layers": [{"type": "dense", "units": 16, "activation": "tanh"}]},
             "docTower": {"inputs": [{"type": "trigram", "column": "title", "buckets": 2000, "dim": 32},
                                     {"type": "categorical", "column": "category", "dim": 8}],
                          "layers": [{"type": "dense", "units": 16, "activation": "tanh"}]},
             "similarity": {"type": "cosine", "temperature": 0.05},
             "loss": {"type": "fps"},
             "training": {"epochs": 1, "batchSize": 512, "seed": 7}}
            """;

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static RunFolder run;
    private static Path catalogue;
    private static Map<String, float[]> own;
    private static int dim;

    @BeforeAll
    static void trainARunAndStartSpark() throws Exception {
        Path data = dir.resolve("data");
        new SearchLogGenerator().generate(SearchSettings.searchSmall(3).withSizes(400, 200, 4000, 100, 100), data);
        catalogue = data.resolve("documents.csv");
        String json = SPEC.formatted(data.toString().replace("\\", "/"));
        ExperimentSpec spec = new SpecReader().read(json, "spark-job.json");
        run = new ExperimentRunner(new RunStore(dir.resolve("runs"))).run(spec, json,
                ExperimentData.load(spec.data(), data), TrainingListener.NONE, new CancelToken()).folder();
        Embeddings.Matrix matrix = Embeddings.read(run.embeddings());
        dim = matrix.dim();
        own = new HashMap<>();
        for (int i = 0; i < matrix.count(); i++) {
            float[] v = new float[dim];
            System.arraycopy(matrix.vectors(), i * dim, v, 0, dim);
            own.put(matrix.ids().get(i), v);
        }
        spark = SparkSession.builder().master("local[2]").appName("towerlab-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.warehouse.dir", dir.resolve("warehouse").toUri().toString())
                .config("spark.sql.codegen.wholeStage", "false").config("spark.sql.adaptive.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static JobOptions options(String catalogue, String idColumn, String out, OutputLayout layout,
                                      int partitions) {
        return new JobOptions(run.path().toString(), null, catalogue, "auto", idColumn, out, layout, "cpu",
                partitions);
    }

    private static void assertMatchesOwn(Map<String, float[]> vectors) {
        for (Map.Entry<String, float[]> e : vectors.entrySet()) {
            float[] expected = own.get(e.getKey());
            assertThat(expected).as("id %s", e.getKey()).isNotNull();
            for (int j = 0; j < dim; j++) {
                assertThat(e.getValue()[j]).as("id %s, value %d", e.getKey(), j).isCloseTo(expected[j], within(1e-5f));
            }
        }
    }

    @Test
    void aCsvCatalogueWithNewDocumentsIsEmbeddedFromItsColumnsAsParquet() throws Exception {
        List<String> newDocuments = List.of("no-such-doc,kitchen,Imaginary Kettle,never clicked",
                "another-new,a-category-never-seen,Imaginary Hose,never clicked");
        Path extended = dir.resolve("catalogue.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(catalogue));
        lines.addAll(newDocuments);
        Files.write(extended, lines);
        Path out = dir.resolve("parquet-out");

        CatalogueEmbedding.Result result = CatalogueEmbedding.run(spark,
                options(extended.toString(), "item_id", out.toString(), OutputLayout.PARQUET, 3));

        assertThat(result.fromColumns()).isTrue();
        assertThat(result.embedded()).isEqualTo(own.size() + 2);
        assertThat(result.skipped()).isZero();
        assertThat(result.dim()).isEqualTo(16);
        Map<String, float[]> vectors = new HashMap<>();
        for (Row row : spark.read().parquet(out.resolve("vectors").toString()).collectAsList()) {
            vectors.put(row.getString(0), VectorColumn.floats(row, 1, dim));
        }
        Map<String, float[]> known = new HashMap<>(vectors);
        known.keySet().retainAll(own.keySet());
        assertThat(known).hasSize(own.size());
        assertMatchesOwn(known);
        Map<String, float[]> app = appVectorsOf(newDocuments);
        for (String id : List.of("no-such-doc", "another-new")) {
            for (int j = 0; j < dim; j++) {
                assertThat(vectors.get(id)[j]).as("id %s, value %d", id, j).isCloseTo(app.get(id)[j], within(1e-5f));
            }
        }
        assertThat(Files.readString(out.resolve("index.json"))).contains("\"dim\" : 16", "\"similarity\" : \"cosine\"",
                "\"count\" : " + (own.size() + 2), "\"embeddedFrom\" : \"columns\"", "\"skipped\" : 0");
    }

    /**
     * The app's own vectors of new documents: a copy of the dataset that lists them, embedded by the run
     * rebuilt with that dataset (the path runs saved without document features take). A category the run
     * never saw is written there as no category, what the tower does with an unseen value.
     */
    private static Map<String, float[]> appVectorsOf(List<String> documentLines) throws Exception {
        Path data = dir.resolve("data-with-new-documents");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(catalogue.getParent())) {
            for (Path file : files.toList()) {
                Files.copy(file, data.resolve(file.getFileName()));
            }
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(data.resolve("documents.csv")));
        documentLines.forEach(line -> lines.add(line.replace("a-category-never-seen", "")));
        Files.write(data.resolve("documents.csv"), lines);
        Path byId = dir.resolve("run-without-features").resolve(run.id());
        try (Stream<Path> walk = Files.walk(run.path())) {
            for (Path p : walk.toList()) {
                if (!p.startsWith(run.documentFeatures())) {
                    Path target = byId.resolve(run.path().relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
        }
        String[] ids = documentLines.stream().map(line -> line.substring(0, line.indexOf(','))).toArray(String[]::new);
        try (SavedDocumentTower tower = SavedDocumentTower.open(new RunFolder(byId), data, "cpu")) {
            assertThat(tower.fromColumns()).isFalse();
            SavedDocumentTower.Embedded embedded = tower.embed(new ColumnRows(ids, Map.of()));
            assertThat(embedded.skipped()).isZero();
            Map<String, float[]> out = new HashMap<>();
            for (int i = 0; i < ids.length; i++) {
                out.put(ids[embedded.rows()[i]], java.util.Arrays.copyOfRange(embedded.vectors(), i * dim, (i + 1) * dim));
            }
            return out;
        }
    }

    @Test
    void aParquetCatalogueWritesTheAppsEmbeddingLayoutPerPartition() throws Exception {
        Path parquet = dir.resolve("catalogue.parquet");
        spark.read().option("header", "true").option("inferSchema", "true")
                .csv(catalogue.toString())
                .select("title", "item_id", "category").limit(120).write().parquet(parquet.toString());
        Path out = dir.resolve("f32-out");

        CatalogueEmbedding.Result result = CatalogueEmbedding.run(spark,
                options(parquet.toString(), "item_id", out.toString(), OutputLayout.F32, 2));

        Map<String, float[]> vectors = new HashMap<>();
        List<Path> parts;
        try (Stream<Path> listing = Files.list(out)) {
            parts = listing.filter(p -> p.getFileName().toString().startsWith("part-")).toList();
        }
        assertThat(parts).hasSize(2);
        for (Path part : parts) {
            Embeddings.Matrix m = Embeddings.read(part);
            for (int i = 0; i < m.count(); i++) {
                float[] v = new float[m.dim()];
                System.arraycopy(m.vectors(), i * m.dim(), v, 0, m.dim());
                vectors.put(m.ids().get(i), v);
            }
        }
        assertThat(result.embedded()).isEqualTo(120);
        assertThat(vectors).hasSize(120);
        assertMatchesOwn(vectors);
    }

    @Test
    void aMissingCatalogueIdOrFeatureColumnOrAnExistingOutputIsAClearErrorBeforeAnyWork() throws Exception {
        Path ids = dir.resolve("ids.csv");
        Files.write(ids, List.of("doc,title", "1,Kettle"));
        assertThatThrownBy(() -> CatalogueEmbedding.run(spark,
                options(ids.toString(), "doc", dir.resolve("never").toString(), OutputLayout.PARQUET, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the catalogue " + ids + " has no column 'category', which the run's document "
                        + "tower reads; it has: doc, title");
        assertThatThrownBy(() -> CatalogueEmbedding.run(spark,
                options(ids.toString(), "item_id", dir.resolve("never").toString(), OutputLayout.PARQUET, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no column 'item_id'; it has: doc, title");
        assertThatThrownBy(() -> CatalogueEmbedding.run(spark,
                options(dir.resolve("absent.csv").toString(), null, dir.resolve("never").toString(),
                        OutputLayout.PARQUET, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read the catalogue " + dir.resolve("absent.csv") + " as csv");
        Files.createDirectories(dir.resolve("taken"));
        assertThatThrownBy(() -> CatalogueEmbedding.run(spark,
                options(ids.toString(), null, dir.resolve("taken").toString(), OutputLayout.PARQUET, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already exists");
    }
}
