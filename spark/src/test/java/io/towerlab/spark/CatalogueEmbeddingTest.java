package io.towerlab.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.towerlab.core.data.generate.SearchLogGenerator;
import io.towerlab.core.data.generate.SearchSettings;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.store.Embeddings;
import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunStore;
import io.towerlab.core.train.CancelToken;
import io.towerlab.core.train.ExperimentData;
import io.towerlab.core.train.ExperimentRunner;
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
 * letter-trigram DSSM trained for one epoch, and checks its vectors against the run's own {@code embeddings/}.
 */
class CatalogueEmbeddingTest {
    private static final String SPEC = """
            {"name": "spark-job", "data": {"path": "%s", "format": "manifest", "split": {"type": "predefined"}},
             "queryTower": {"inputs": [{"type": "trigram", "column": "text", "buckets": 2000, "dim": 32}],
                            "layers": [{"type": "dense", "units": 16, "activation": "tanh"}]},
             "docTower": {"inputs": [{"type": "trigram", "column": "title", "buckets": 2000, "dim": 32}],
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
    void aCsvCatalogueGetsTheRunsOwnVectorsAsParquetAndUnknownIdsAreCountedAndLeftOut() throws Exception {
        Path extended = dir.resolve("catalogue.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(catalogue));
        lines.add("no-such-doc,kitchen,Imaginary Kettle,never clicked");
        lines.add("another-unknown,garden,Imaginary Hose,never clicked");
        Files.write(extended, lines);
        Path out = dir.resolve("parquet-out");

        CatalogueEmbedding.Result result = CatalogueEmbedding.run(spark,
                options(extended.toString(), "item_id", out.toString(), OutputLayout.PARQUET, 3));

        assertThat(result.embedded()).isEqualTo(own.size());
        assertThat(result.unknown()).isEqualTo(2);
        assertThat(result.dim()).isEqualTo(16);
        Map<String, float[]> vectors = new HashMap<>();
        for (Row row : spark.read().parquet(out.resolve("vectors").toString()).collectAsList()) {
            vectors.put(row.getString(0), VectorColumn.floats(row, 1, dim));
        }
        assertThat(vectors.keySet()).isEqualTo(own.keySet());
        assertMatchesOwn(vectors);
        assertThat(Files.readString(out.resolve("index.json"))).contains("\"dim\" : 16", "\"similarity\" : \"cosine\"",
                "\"count\" : " + own.size(), "\"unknownIds\" : 2");
    }

    @Test
    void aParquetCatalogueWritesTheAppsEmbeddingLayoutPerPartition() throws Exception {
        Path parquet = dir.resolve("catalogue.parquet");
        spark.read().option("header", "true").option("inferSchema", "true")
                .csv(catalogue.toString())
                .select("title", "item_id").limit(120).write().parquet(parquet.toString());
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
    void aMissingCatalogueOrIdColumnOrAnExistingOutputIsAClearErrorBeforeAnyWork() throws Exception {
        Path ids = dir.resolve("ids.csv");
        Files.write(ids, List.of("doc,title", "1,Kettle"));
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
