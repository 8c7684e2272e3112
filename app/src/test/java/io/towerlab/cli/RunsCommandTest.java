package io.towerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runs commands end to end over a store with two small trained runs. */
class RunsCommandTest {
    @TempDir
    static Path dir;
    private static Path store;
    private static String first;
    private static String second;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void trainTwoRuns() throws Exception {
        StringBuilder csv = new StringBuilder("user_id,item_id,rating,timestamp\n");
        SplittableRandom random = new SplittableRandom(5);
        long t = 1_600_000_000L;
        for (int u = 0; u < 100; u++) {
            int group = random.nextInt(5);
            for (int c = 0; c < 8; c++) {
                csv.append("u").append(u).append(",i").append(group * 20 + random.nextInt(20)).append(",5,")
                        .append(t++).append('\n');
            }
        }
        Files.writeString(dir.resolve("clicks.csv"), csv);
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, """
                {"name": "runs test", "data": {"path": "clicks.csv", "split": {"type": "leave-last-out"}},
                 "queryTower": {"inputs": [{"type": "id", "dim": 8}]},
                 "docTower": {"inputs": [{"type": "id", "dim": 8}]},
                 "loss": {"type": "fps"}, "optimizer": {"lr": 0.02},
                 "training": {"epochs": 2, "batchSize": 64},
                 "evaluation": {"ks": [10, 50], "metric": "recall@50"}}
                """);
        store = dir.resolve("runs");
        CliRun a = run("train", spec.toString(), "--store", store.toString(), "--json");
        CliRun b = run("train", spec.toString(), "--store", store.toString(), "--set", "optimizer.lr=0.01", "--json");
        assertThat(a.exit()).as(a.err()).isZero();
        assertThat(b.exit()).as(b.err()).isZero();
        first = a.json().path("runId").asText();
        second = b.json().path("runId").asText();
    }

    @Test
    void listShowAndDiffDescribeTheRuns() throws Exception {
        CliRun list = run("runs", "list", "--store", store.toString(), "--json");
        assertThat(list.exit()).as(list.err()).isZero();
        JsonNode runs = list.json();
        assertThat(runs).hasSizeGreaterThanOrEqualTo(2);
        assertThat(runs.get(0).path("status").asText()).isEqualTo("COMPLETED");
        assertThat(runs.get(0).path("metrics").has("recall@10")).isTrue();
        assertThat(runs.get(0).path("hyperparameters").path("optimizer.lr").asDouble()).isIn(0.01, 0.02);

        CliRun show = run("runs", "show", first, "--store", store.toString(), "--json");
        assertThat(show.json().path("provenance").path("dataset").path("queries").asInt()).isEqualTo(100);

        CliRun diff = run("runs", "diff", first, second, "--store", store.toString(), "--json");
        assertThat(diff.json()).hasSize(1);
        assertThat(diff.json().get(0).path("path").asText()).isEqualTo("optimizer.lr");

        CliRun text = run("runs", "list", "--store", store.toString());
        assertThat(text.out()).contains(first).contains("COMPLETED").contains("recall@10=");
    }

    @Test
    void exportWritesCsvNpyAndABundleThatAnotherStoreImports() throws Exception {
        Path csv = dir.resolve("m.csv");
        Path vectors = dir.resolve("vectors");
        Path zip = dir.resolve("run.zip");
        Path other = dir.resolve("other");
        CliRun export = run("runs", "export", first, "--store", store.toString(), "--metrics", csv.toString(),
                "--embeddings", vectors.toString(), "--bundle", zip.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo("step,epoch,name,value,time");
        byte[] npy = Files.readAllBytes(vectors.resolve("documents.npy"));
        assertThat(new String(npy, 1, 5, StandardCharsets.US_ASCII)).isEqualTo("NUMPY");
        int headerLength = ByteBuffer.wrap(npy, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
        String header = new String(npy, 10, headerLength, StandardCharsets.US_ASCII);
        int documents = Files.readAllLines(vectors.resolve("documents.ids.txt")).size();
        assertThat(header).contains("'<f4'").contains("(" + documents + ", 8)");
        assertThat((10 + headerLength) % 64).isZero();
        assertThat(npy.length).isEqualTo(10 + headerLength + documents * 8 * 4);

        CliRun imported = run("runs", "import", zip.toString(), "--store", other.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        CliRun list = run("runs", "list", "--store", other.toString(), "--json");
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).path("id").asText()).isEqualTo(first);
        CliRun again = run("runs", "import", zip.toString(), "--store", other.toString());
        assertThat(again.out()).contains(first + "-imported-2");
    }

    @Test
    void importRefusesABundleWhoseEntriesEscapeTheStore() throws Exception {
        Path zip = dir.resolve("evil.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("20260101-000000-x-0001/spec.json"));
            out.write(Files.readAllBytes(store.resolve(first).resolve("spec.json")));
            out.putNextEntry(new ZipEntry("20260101-000000-x-0001/../../escaped.txt"));
            out.write("owned".getBytes(StandardCharsets.UTF_8));
        }
        Path other = dir.resolve("other-evil");
        CliRun imported = run("runs", "import", zip.toString(), "--store", other.toString());
        assertThat(imported.exit()).isEqualTo(CliErrors.USER_ERROR);
        assertThat(imported.err()).contains("outside the run folder").doesNotContain("Exception");
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
        assertThat(Files.list(other).toList()).isEmpty();
    }

    @Test
    void deleteAsksForYesAndReproduceMatchesTheOriginalOnCpu() throws Exception {
        Path zip = dir.resolve("copy.zip");
        assertThat(run("runs", "export", second, "--store", store.toString(), "--bundle", zip.toString()).exit()).isZero();
        CliRun copy = run("runs", "import", zip.toString(), "--store", store.toString());
        String copyId = second + "-imported-2";
        assertThat(copy.out()).contains(copyId);
        CliRun refused = run("runs", "delete", copyId, "--store", store.toString());
        assertThat(refused.exit()).isEqualTo(CliErrors.USER_ERROR);
        assertThat(refused.err()).contains("--yes");
        assertThat(store.resolve(copyId)).exists();
        CliRun deleted = run("runs", "delete", copyId, "--store", store.toString(), "--yes");
        assertThat(deleted.exit()).as(deleted.err()).isZero();
        assertThat(store.resolve(copyId)).doesNotExist();

        CliRun reproduce = run("runs", "reproduce", first, "--store", store.toString(), "--json");
        assertThat(reproduce.exit()).as(reproduce.err()).isZero();
        assertThat(reproduce.json().path("maxAbsoluteDifference").asDouble()).isLessThan(1e-6);
        assertThat(reproduce.json().path("metrics").path("recall@10").path("original").isNumber()).isTrue();

        CliRun unknown = run("runs", "show", "nope", "--store", store.toString());
        assertThat(unknown.exit()).isEqualTo(CliErrors.USER_ERROR);
        assertThat(unknown.err()).contains("no run \"nope\"").contains(first);
    }

    @Test
    void recallAtEveryKMatchesTheTrainedRunsOwnCutOffsAndIsCached() throws Exception {
        CliRun recall = run("runs", "recall", first, "--store", store.toString());
        assertThat(recall.exit()).as(recall.err()).isZero();
        io.towerlab.core.store.RunFolder folder = new io.towerlab.core.store.RunFolder(store.resolve(first));
        io.towerlab.core.compare.RecallAtK curve = io.towerlab.core.compare.RecallAtK.read(folder, 50);
        assertThat(curve).isNotNull();
        assertThat(curve.maxK()).isEqualTo(50);
        io.towerlab.core.store.RunSummary summary = new io.towerlab.core.store.RunReader(
                new io.towerlab.core.store.RunStore(store)).summary(folder);
        assertThat(curve.model()[9]).isCloseTo(summary.metrics().get("recall@10"), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(curve.model()[49]).isCloseTo(summary.metrics().get("recall@50"), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(curve.popularity()[9]).isCloseTo(summary.baseline().get("recall@10"),
                org.assertj.core.api.Assertions.within(1e-6));
        for (int k = 1; k < 50; k++) {
            assertThat(curve.model()[k]).isGreaterThanOrEqualTo(curve.model()[k - 1]);
        }
        long written = java.nio.file.Files.getLastModifiedTime(io.towerlab.core.compare.RecallAtK.file(folder)).toMillis();
        assertThat(run("runs", "recall", first, "--store", store.toString()).exit()).isZero();
        assertThat(java.nio.file.Files.getLastModifiedTime(io.towerlab.core.compare.RecallAtK.file(folder)).toMillis())
                .as("a cached curve is not evaluated again").isEqualTo(written);
    }
}
