package io.towerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import io.towerlab.core.model.TwoTowerModel;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecWriter;
import io.towerlab.core.store.Checkpoints;
import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunReader;
import io.towerlab.core.store.RunState;
import io.towerlab.core.store.RunStatus;
import io.towerlab.core.store.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a run ends when something goes wrong: a checkpoint that cannot be written, a loss that becomes NaN. */
class RunFailureTest {
    @TempDir
    Path dir;

    @Test
    void aCheckpointFolderThatCannotBeWrittenFailsTheRunNamingThePath() throws Exception {
        RunStore store = new RunStore(dir);
        ExperimentSpec spec = RunResumeTest.spec("");
        TrainingListener blockCheckpoints = new TrainingListener() {
            @Override
            public void onStart(TrainingStart start) {
                try (Stream<Path> runs = Files.list(dir)) {
                    Path run = runs.findFirst().orElseThrow();
                    Files.writeString(run.resolve("checkpoints"), "not a folder");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        assertThatThrownBy(() -> new ExperimentRunner(store).run(spec, new SpecWriter().write(spec),
                RunResumeTest.LOADED, blockCheckpoints, new CancelToken()))
                .isInstanceOf(CheckpointWriteException.class);
        RunFolder run = new RunFolder(Files.list(dir).findFirst().orElseThrow());
        RunStatus status = run.readStatus();
        assertThat(status.state()).isEqualTo("FAILED");
        assertThat(status.message()).contains(run.checkpoints().resolve("best").toAbsolutePath().toString())
                .contains("writable");
        assertThat(new RunReader(store).summary(run).state()).isEqualTo(RunState.FAILED);
    }

    @Test
    void aNaNAtAChosenStepMakesTheRunDivergedKeepsTheLastGoodCheckpointAndSaysWhatToTry() throws Exception {
        RunStore store = new RunStore(dir);
        ExperimentSpec spec = RunResumeTest.spec("");
        TwoTowerModel[] model = new TwoTowerModel[1];
        TrainingSession.ModelInitializer capture = m -> model[0] = m;
        long poisonStep = 40;
        TrainingListener poison = new TrainingListener() {
            @Override
            public void onBatch(BatchEvent event) {
                if (event.step() == poisonStep) {
                    NDArray weight = model[0].parameters().denseParameters().get(0).value();
                    weight.set(new NDIndex(":"), Float.NaN);
                }
            }
        };
        RunFolder folder = store.create("nan");
        var outcome = new ExperimentRunner(store).execute(folder, spec, RunResumeTest.LOADED, poison, new CancelToken(),
                new TrainingSession(null, null, new RunCheckpointer(folder), capture, Set.of()),
                new RunRecorder(folder, 10, 0, null));

        assertThat(outcome.result().status()).isEqualTo(TrainingStatus.DIVERGED);
        assertThat(outcome.result().message()).contains("epoch 2").contains("optimizer.lr");
        assertThat(folder.readStatus().state()).isEqualTo("DIVERGED");
        var last = Checkpoints.loadState(folder.checkpoints().resolve("last"));
        assertThat(last).containsEntry("epoch", 1);
        for (Checkpoints.Tensor t : Checkpoints.load(folder.checkpoints().resolve("last")).values()) {
            for (float v : t.values()) {
                assertThat(Float.isFinite(v)).isTrue();
            }
        }
        assertThat(Set.of(RunState.DIVERGED)).contains(new RunReader(store).summary(folder).state());
    }

    @Test
    void runningOutOfHeapFailsTheRunSayingItWasTheHeapWhereAndWhatToTry() throws Exception {
        RunStatus status = failAtStep(3, new OutOfMemoryError("Java heap space"));

        assertThat(status.state()).isEqualTo("FAILED");
        assertThat(status.message()).contains("Java heap ran out").contains("at epoch 1, step 3")
                .contains("-Xmx").contains("training.batchSize").contains("fewer dims").contains("outside the heap");
    }

    @Test
    void runningOutOfEngineMemoryFailsTheRunSayingItWasNativeMemoryNotTheHeap() throws Exception {
        RunStatus status = failAtStep(2, new ai.djl.engine.EngineException("[enforce fail at alloc_cpu.cpp:117]"
                + " DefaultCPUAllocator: can't allocate memory: you tried to allocate 8589934592 bytes.\nstack"));

        assertThat(status.state()).isEqualTo("FAILED");
        assertThat(status.message()).contains("engine's native memory ran out").contains("-Xmx does not bound it")
                .contains("training.batchSize").contains("you tried to allocate 8589934592 bytes")
                .doesNotContain("stack");
    }

    @Test
    void otherFailuresKeepTheirOwnMessage() throws Exception {
        RunStatus status = failAtStep(2, new IllegalStateException("something else"));

        assertThat(status.message()).isEqualTo("something else");
    }

    private RunStatus failAtStep(long step, Throwable failure) throws Exception {
        RunStore store = new RunStore(dir);
        ExperimentSpec spec = RunResumeTest.spec("");
        TrainingListener fail = new TrainingListener() {
            @Override
            public void onBatch(BatchEvent event) {
                if (event.step() == step) {
                    if (failure instanceof Error error) {
                        throw error;
                    }
                    throw (RuntimeException) failure;
                }
            }
        };
        RunFolder folder = store.create("oom");
        assertThatThrownBy(() -> new ExperimentRunner(store).execute(folder, spec, RunResumeTest.LOADED, fail,
                new CancelToken(), TrainingSession.plain(), new RunRecorder(folder, 10, 0, null)));
        return folder.readStatus();
    }
}
