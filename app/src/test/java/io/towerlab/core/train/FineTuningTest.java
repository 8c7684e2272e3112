package io.towerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.split.SplitOptions;
import io.towerlab.core.data.split.Splitter;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.spec.SpecWriter;
import io.towerlab.core.store.Checkpoints;
import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FineTuningTest {
    @TempDir
    Path dir;

    private static ExperimentSpec childSpec(String init) throws Exception {
        ExperimentSpec parent = RunResumeTest.spec(", \"init\": " + init);
        return parent;
    }

    @Test
    void aChildOnAnotherDatasetStartsFromTheParentsTowersMapsRowsByIdAndKeepsFrozenTowersUnchanged() throws Exception {
        RunStore store = new RunStore(dir);
        ExperimentRunner runner = new ExperimentRunner(store);
        ExperimentSpec parentSpec = RunResumeTest.spec("");
        RunFolder parent = runner.run(parentSpec, new SpecWriter().write(parentSpec), RunResumeTest.LOADED,
                TrainingListener.NONE, new CancelToken()).folder();

        ClickDataset other = TinyClickLogs.grouped(250, 150, 10, 12, 11);
        var loaded = new ExperimentData.Loaded(other, new Splitter().split(other, SplitOptions.leaveLastOut()),
                Path.of("other"));
        ExperimentSpec child = childSpec("{\"run\": \"latest:resume\", \"freeze\": [\"query\"]}");
        List<String> messages = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onMessage(String message) {
                messages.add(message);
            }
        };
        RunFolder run = runner.run(child, new SpecWriter().write(child), loaded, listener, new CancelToken()).folder();

        assertThat(messages).anyMatch(m -> m.contains("queryTower.inputs[0].id: 250 of 250 rows carried over by id")
                && m.contains("docTower.inputs[0].id: 150 of 150 rows carried over by id"));
        Map<String, Checkpoints.Tensor> before = Checkpoints.load(parent.checkpoints().resolve("best"));
        Map<String, Checkpoints.Tensor> after = Checkpoints.load(run.checkpoints().resolve("best"));
        float[] parentQueries = before.get("queryTower.inputs[0].id").values();
        assertThat(after.get("queryTower.inputs[0].id").values())
                .containsExactly(Arrays.copyOf(parentQueries, 250 * 16));
        assertThat(after.get("queryTower.layers[0].weight").values())
                .containsExactly(before.get("queryTower.layers[0].weight").values());
        assertThat(after.get("docTower.inputs[0].id").values())
                .isNotEqualTo(Arrays.copyOf(before.get("docTower.inputs[0].id").values(), 150 * 16));
        @SuppressWarnings("unchecked")
        Map<String, Object> link = (Map<String, Object>) run.readProvenance().get("parent");
        assertThat(link).containsEntry("run", parent.id()).containsEntry("reference", "latest:resume");
        assertThat(run.readSummary().parent()).isEqualTo(parent.id());
    }

    @Test
    void anUnknownParentRunIsReportedAtInitRunWithWhatExistsAndNoRunIsCreated() throws Exception {
        RunStore store = new RunStore(dir);
        ExperimentSpec child = childSpec("{\"run\": \"latest:pretrain\"}");
        assertThatThrownBy(() -> new ExperimentRunner(store).run(child, new SpecWriter().write(child),
                RunResumeTest.LOADED, TrainingListener.NONE, new CancelToken()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("init.run: no completed run of the experiment \"pretrain\"")
                .hasMessageContaining("towerlab train");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void freezingATowerThatIsNotCopiedIsASpecProblemAtItsPath() {
        assertThatThrownBy(() -> childSpec("{\"run\": \"x\", \"towers\": [\"doc\"], \"freeze\": [\"query\"]}"))
                .isInstanceOf(SpecException.class).hasMessageContaining("init.freeze")
                .hasMessageContaining("init.towers");
        assertThatThrownBy(() -> childSpec("{\"run\": \"x\", \"towers\": [\"docs\"]}"))
                .hasMessageContaining("init.towers[0]").hasMessageContaining("did you mean \"doc\"");
    }
}
