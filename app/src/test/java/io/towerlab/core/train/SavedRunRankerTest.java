package io.towerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecWriter;
import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedRunRankerTest {
    @TempDir
    Path dir;

    @Test
    void approximateTopKLeavesOutTrainingClicksAndReportsItsOverlapWithTheExactTopK() throws Exception {
        ExperimentSpec spec = RunResumeTest.spec("");
        RunFolder folder = new ExperimentRunner(new RunStore(dir)).run(spec, new SpecWriter().write(spec),
                RunResumeTest.LOADED, TrainingListener.NONE, new CancelToken()).folder();

        try (SavedRunRanker ranker = SavedRunRanker.open(new SavedRun(folder, spec, RunResumeTest.LOADED, null))) {
            assertThat(ranker.hasIndex()).isFalse();
            for (int query : new int[] {0, 17, 123}) {
                SavedRunRanker.Approximate approximate = ranker.approximateTop(query, 10);
                List<Integer> found = approximate.ranked().stream().map(SavedRunRanker.Ranked::document).toList();
                List<Integer> exact = ranker.top(query, 10).stream().map(SavedRunRanker.Ranked::document).toList();
                int[] clicked = ranker.trainingPositives(query);

                assertThat(clicked).isNotEmpty();
                assertThat(found).hasSize(10).doesNotHaveDuplicates();
                assertThat(found).doesNotContainAnyElementsOf(java.util.Arrays.stream(clicked).boxed().toList());
                long overlap = found.stream().filter(exact::contains).count();
                assertThat(approximate.exactCount()).isEqualTo(10);
                assertThat(approximate.found()).isEqualTo(overlap);
                assertThat(approximate.recall().recall()).isBetween(0.0, 1.0).isEqualTo(overlap / 10.0);
                assertThat(approximate.recall().exactSeconds()).isPositive();
                assertThat(approximate.recall().approximateSeconds()).isPositive();
            }
            assertThat(ranker.hasIndex()).isTrue();
        }
    }
}
