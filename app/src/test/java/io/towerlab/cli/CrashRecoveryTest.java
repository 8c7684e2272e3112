package io.towerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunReader;
import io.towerlab.core.store.RunState;
import io.towerlab.core.store.RunStore;
import io.towerlab.core.store.RunSummary;
import io.towerlab.core.store.MetricPoint;
import io.towerlab.core.store.MetricsLog;
import io.towerlab.core.train.CancelToken;
import io.towerlab.core.train.ExperimentRunner;
import io.towerlab.core.train.SavedRun;
import io.towerlab.core.train.TrainingListener;
import io.towerlab.core.train.TrainingStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that is training (SIGKILL) at random moments: the store always opens, every run
 * reads as completed, crashed or another final state, and every crashed run resumes to completion.
 */
class CrashRecoveryTest {
    private static final int KILLS = 4;

    @TempDir
    Path dir;

    @Test
    void runsKilledAtRandomMomentsReadAsCrashedAndResumeToCompletion() throws Exception {
        StringBuilder csv = new StringBuilder("user_id,item_id,rating,timestamp\n");
        SplittableRandom data = new SplittableRandom(9);
        long t = 1_600_000_000L;
        for (int u = 0; u < 200; u++) {
            int group = data.nextInt(5);
            for (int c = 0; c < 8; c++) {
                csv.append("u").append(u).append(",i").append(group * 20 + data.nextInt(20)).append(",5,")
                        .append(t++).append('\n');
            }
        }
        Files.writeString(dir.resolve("clicks.csv"), csv);
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, """
                {"name": "crash", "data": {"path": "clicks.csv", "split": {"type": "leave-last-out"}},
                 "queryTower": {"inputs": [{"type": "id", "dim": 8}]},
                 "docTower": {"inputs": [{"type": "id", "dim": 8}]},
                 "loss": {"type": "fps"}, "optimizer": {"lr": 0.02},
                 "training": {"epochs": 20, "batchSize": 16},
                 "evaluation": {"ks": [10], "metric": "recall@10"}}
                """);
        Path storeDir = dir.resolve("runs");
        RunStore store = new RunStore(storeDir);
        // the killed JVM writes no more heartbeats: any RUNNING run is a crashed one
        RunReader reader = new RunReader(store, Duration.ZERO, Clock.systemUTC());
        SplittableRandom random = new SplittableRandom(2026);
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=1",
                    "-Dai.djl.pytorch.num_interop_threads=1", "-cp", System.getProperty("java.class.path"),
                    "io.towerlab.Main", "train", spec.toString(), "--store", storeDir.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child-" + kill + ".log").toFile()).start();
            Set<String> before = new HashSet<>(folderNames(storeDir));
            // wait until this child's run has logged its first steps, then kill it a random moment later,
            // well before its ~2,000 steps can finish, so that every kill lands during training
            long deadline = System.currentTimeMillis() + 60_000;
            while (child.isAlive() && !training(storeDir, before) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            long waitMillis = random.nextInt(300);
            boolean exited = child.waitFor(waitMillis, TimeUnit.MILLISECONDS);
            if (!exited) {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            List<RunSummary> runs = reader.list();
            for (RunSummary run : runs) {
                if (!Files.isRegularFile(storeDir.resolve(run.id()).resolve("spec.json"))) {
                    assertThat(run.state()).as("a folder killed before its spec was written").isEqualTo(RunState.UNREADABLE);
                    continue;
                }
                assertThat(run.state()).as(run.id() + " after kill " + kill + " at " + waitMillis + " ms")
                        .isIn(RunState.COMPLETED, RunState.CRASHED, RunState.FAILED, RunState.CANCELLED,
                                RunState.DIVERGED);
            }
        }
        int resumed = 0;
        for (RunSummary run : reader.list()) {
            if (run.state() != RunState.CRASHED) {
                continue;
            }
            RunFolder folder = new RunFolder(storeDir.resolve(run.id()));
            ExperimentRunner.Outcome outcome = new ExperimentRunner(store, reader).resume(folder,
                    SavedRun.open(folder, null).data(), TrainingListener.NONE, new CancelToken());
            assertThat(outcome.result().status()).isEqualTo(TrainingStatus.COMPLETED);
            assertThat(reader.summary(folder).state()).isEqualTo(RunState.COMPLETED);
            assertNoStepLoggedTwice(MetricsLog.read(folder.metricsFile()));
            resumed++;
        }
        assertThat(resumed).as("at least one kill landed during training").isPositive();
        assertThat(reader.list()).allSatisfy(r -> assertThat(r.state()).isIn(RunState.COMPLETED, RunState.UNREADABLE));
    }

    private static List<String> folderNames(Path store) throws java.io.IOException {
        if (!Files.isDirectory(store)) {
            return List.of();
        }
        try (var list = Files.list(store)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static boolean training(Path store, Set<String> before) throws java.io.IOException {
        for (String name : folderNames(store)) {
            Path metrics = store.resolve(name).resolve("metrics.jsonl");
            if (!before.contains(name) && Files.isRegularFile(metrics) && Files.size(metrics) > 0) {
                return true;
            }
        }
        return false;
    }

    private static void assertNoStepLoggedTwice(List<MetricPoint> log) {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        long lastEpochStep = -1;
        for (MetricPoint p : log) {
            if (!seen.add(p.step() + " " + p.name())) {
                twice.add(p.step() + " " + p.name());
            }
            if (p.name().equals("train/loss")) {
                assertThat(p.step()).isGreaterThan(lastEpochStep);
                lastEpochStep = p.step();
            }
        }
        assertThat(twice).isEmpty();
    }
}
