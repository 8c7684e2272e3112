package io.towerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.split.SplitOptions;
import io.towerlab.core.data.split.Splitter;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.spec.SpecWriter;
import io.towerlab.core.store.Embeddings;
import io.towerlab.core.store.MetricPoint;
import io.towerlab.core.store.MetricsLog;
import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunReader;
import io.towerlab.core.store.RunState;
import io.towerlab.core.store.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunResumeTest {
    static final ClickDataset DATA = TinyClickLogs.grouped(300, 200, 10, 12, 7);
    static final DatasetSplit SPLIT = new Splitter().split(DATA, SplitOptions.leaveLastOut());
    static final ExperimentData.Loaded LOADED = new ExperimentData.Loaded(DATA, SPLIT, Path.of("tiny"));

    @TempDir
    Path dir;

    static ExperimentSpec spec(String extra) throws Exception {
        return new SpecReader().read("""
                {"name": "resume", "data": {"path": "tiny", "split": {"type": "leave-last-out"}},
                 "queryTower": {"inputs": [{"type": "id", "dim": 16}], "layers": [{"type": "dense", "units": 16}]},
                 "docTower": {"inputs": [{"type": "id", "dim": 16}]},
                 "similarity": {"type": "cosine", "temperature": 0.1},
                 "loss": {"type": "softmax"}, "negatives": {"sampler": "uniform", "count": 4},
                 "optimizer": {"type": "adam", "lr": 0.02},
                 "training": {"epochs": 4, "batchSize": 128, "seed": 3},
                 "evaluation": {"ks": [10, 50], "metric": "recall@10"}%s}
                """.formatted(extra), "resume.json");
    }

    /** Cancels the run once the given epoch has ended (and been checkpointed). */
    static TrainingListener cancelAfter(int epoch, CancelToken token) {
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochEvent event) {
                if (event.epoch() == epoch) {
                    token.cancel();
                }
            }
        };
    }

    @Test
    void aCancelledRunResumedFromItsLastCheckpointEndsLikeAnUninterruptedOne() throws Exception {
        ExperimentSpec spec = spec("");
        String json = new SpecWriter().write(spec);
        RunStore store = new RunStore(dir);
        ExperimentRunner runner = new ExperimentRunner(store);
        ExperimentRunner.Outcome straight = runner.run(spec, json, LOADED, TrainingListener.NONE, new CancelToken());

        CancelToken token = new CancelToken();
        ExperimentRunner.Outcome first = runner.run(spec, json, LOADED, cancelAfter(2, token), token);
        assertThat(first.result().status()).isEqualTo(TrainingStatus.CANCELLED);
        RunFolder interrupted = first.folder();
        assertThat(new RunReader(store).summary(interrupted).state()).isEqualTo(RunState.CANCELLED);
        // a crash may leave lines past the checkpoint: they must not survive the resume
        interrupted.appendMetric(first.result().steps() + 5, 3, "train/batch_loss", 9.0);

        ExperimentRunner.Outcome resumed = runner.resume(interrupted, LOADED, TrainingListener.NONE, new CancelToken());

        assertThat(resumed.result().status()).isEqualTo(TrainingStatus.COMPLETED);
        assertThat(resumed.result().steps()).isEqualTo(straight.result().steps());
        assertThat(resumed.result().bestEpoch()).isEqualTo(straight.result().bestEpoch());
        straight.result().metrics().values().forEach((name, value) ->
                assertThat(resumed.result().metrics().get(name)).as(name).isCloseTo(value, within(1e-5)));
        List<MetricPoint> straightLog = MetricsLog.read(straight.folder().metricsFile());
        List<MetricPoint> resumedLog = MetricsLog.read(interrupted.metricsFile());
        assertThat(keys(resumedLog)).doesNotHaveDuplicates().containsExactlyElementsOf(keys(straightLog));
        for (int i = 0; i < straightLog.size(); i++) {
            assertThat(resumedLog.get(i).value()).as(keys(straightLog).get(i))
                    .isCloseTo(straightLog.get(i).value(), within(1e-4));
        }
        assertThat(new RunReader(store).summary(interrupted).state()).isEqualTo(RunState.COMPLETED);
        assertThat(interrupted.readProvenance()).containsKey("resumes");
    }

    @Test
    void everyEpochLeavesALastCheckpointWithOptimizerStateAndTheRunEndsWithDocumentVectors() throws Exception {
        ExperimentSpec spec = spec("");
        RunFolder run = new ExperimentRunner(new RunStore(dir)).run(spec, new SpecWriter().write(spec), LOADED,
                TrainingListener.NONE, new CancelToken()).folder();
        Map<String, Object> state = io.towerlab.core.store.Checkpoints.loadState(run.checkpoints().resolve("last"));
        assertThat(state).containsEntry("epoch", 4);
        assertThat(io.towerlab.core.store.Checkpoints.load(run.checkpoints().resolve("last")).keySet())
                .anyMatch(k -> k.startsWith("optimizer.m/docTower"))
                .anyMatch(k -> k.startsWith("optimizer.v/queryTower.layers"));
        Embeddings.Matrix vectors = Embeddings.read(run.embeddings());
        assertThat(vectors.count()).isEqualTo(DATA.documentCount());
        assertThat(vectors.dim()).isEqualTo(16);
        assertThat(vectors.ids().get(7)).isEqualTo(DATA.documents().idOf(7));
        assertThat(Files.list(run.checkpoints()).map(p -> p.getFileName().toString()).toList())
                .containsExactlyInAnyOrder("last", "best");
    }

    private static List<String> keys(List<MetricPoint> log) {
        return log.stream().map(p -> p.step() + " " + p.name()).collect(Collectors.toList());
    }
}
