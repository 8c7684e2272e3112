package io.towerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The train and eval commands end to end: a CSV click log, a spec, a saved run, a re-evaluation. */
class TrainAndEvalCommandTest {
    @TempDir
    Path dir;

    private Path clicks() throws Exception {
        StringBuilder csv = new StringBuilder("user_id,item_id,rating,timestamp\n");
        SplittableRandom random = new SplittableRandom(5);
        long t = 1_600_000_000L;
        for (int u = 0; u < 150; u++) {
            int group = random.nextInt(5);
            for (int c = 0; c < 8; c++) {
                csv.append("u").append(u).append(",i").append(group * 20 + random.nextInt(20)).append(",5,")
                        .append(t++).append('\n');
            }
        }
        Path file = dir.resolve("clicks.csv");
        Files.writeString(file, csv);
        return file;
    }

    private Path spec() throws Exception {
        Path file = dir.resolve("spec.json");
        Files.writeString(file, """
                {"name": "cli test", "data": {"path": "clicks.csv", "split": {"type": "leave-last-out"}},
                 "queryTower": {"inputs": [{"type": "id", "dim": 8}]},
                 "docTower": {"inputs": [{"type": "id", "dim": 8}]},
                 "loss": {"type": "fps"},
                 "optimizer": {"lr": 0.02},
                 "training": {"epochs": 3, "batchSize": 64},
                 "evaluation": {"ks": [10, 50, 100], "metric": "recall@50"}}
                """);
        return file;
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void trainSavesARunAndEvalReproducesItsMetrics() throws Exception {
        clicks();
        Path store = dir.resolve("runs");
        CliRun train = run("train", spec().toString(), "--store", store.toString(), "--json");
        assertThat(train.exit()).as(train.err()).isZero();
        JsonNode result = train.json();
        assertThat(result.get("status").asText()).isEqualTo("COMPLETED");
        for (String key : new String[] {"recall@10", "recall@50", "recall@100", "ndcg@10", "mrr", "hitrate@10",
                "coverage@50"}) {
            assertThat(result.get("metrics").has(key)).as(key).isTrue();
            assertThat(result.get("baseline").has(key)).as(key).isTrue();
        }
        assertThat(result.get("device").asText()).isEqualTo("CPU");
        Path runDir = store.resolve(result.get("runId").asText());
        assertThat(runDir.resolve("spec.json")).exists();
        assertThat(runDir.resolve("provenance.json")).exists();
        assertThat(Files.readString(runDir.resolve("status.json"))).contains("\"COMPLETED\"");
        assertThat(Files.readAllLines(runDir.resolve("metrics.jsonl"))).anyMatch(l -> l.contains("valid/recall@50"));

        CliRun eval = run("eval", runDir.toString(), "--json");
        assertThat(eval.exit()).as(eval.err()).isZero();
        assertThat(eval.json().get("metrics")).isEqualTo(result.get("metrics"));
        assertThat(eval.json().get("baseline")).isEqualTo(result.get("baseline"));

        CliRun approximate = run("eval", runDir.toString(), "--json", "--approximate", "--candidates", "100");
        assertThat(approximate.exit()).as(approximate.err()).isZero();
        JsonNode hnsw = approximate.json().get("approximate");
        assertThat(approximate.json().get("metrics")).isEqualTo(result.get("metrics"));
        assertThat(hnsw.get("recallK").asInt()).isEqualTo(100);
        assertThat(hnsw.get("recallQueries").asInt()).isBetween(100, 150);
        assertThat(hnsw.get("recallAgainstExact").asDouble()).isBetween(0.9, 1.0);
        assertThat(hnsw.get("metrics").get("recall@50").asDouble())
                .isCloseTo(result.get("metrics").get("recall@50").asDouble(), org.assertj.core.api.Assertions.within(0.1));
    }

    @Test
    void aBadSpecIsReportedWithItsJsonPathAndExitCode2() throws Exception {
        clicks();
        CliRun train = run("train", spec().toString(), "--set", "training.epoch=3");
        assertThat(train.exit()).isEqualTo(2);
        assertThat(train.err()).contains("training.epoch").contains("did you mean \"epochs\"");
    }

    @Test
    void aMissingDatasetIsReportedWithoutAStackTrace() throws Exception {
        CliRun train = run("train", spec().toString(), "--store", dir.resolve("runs").toString());
        assertThat(train.exit()).isEqualTo(2);
        assertThat(train.err()).contains("clicks.csv").doesNotContain("\tat ");
    }
}
