package io.towerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.PositiveSets;
import io.towerlab.core.data.split.SplitOptions;
import io.towerlab.core.data.split.Splitter;
import io.towerlab.core.loss.sampling.HardNegativeSampler;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.spec.SpecWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardNegativeRefreshTest {

    @Test
    void everyQueryGetsItsTopScoredNonPositivesBeforeAnEpoch() throws Exception {
        ClickDataset data = TinyClickLogs.grouped(50, 40, 4, 5, 1);
        DatasetSplit split = new Splitter().split(data, SplitOptions.leaveLastOut());
        var spec = new SpecReader().read(new SpecWriter().write(TwoTowerTrainerTest.spec("softmax", "hard")), "x",
                List.of("negatives.hardPoolSize=10"));
        try (NDManager root = NDManager.newBaseManager()) {
            TrainingContext context = new TrainingContext(spec, data, split, root);
            context.beforeEpoch(1);
            HardNegativeSampler hard = (HardNegativeSampler) context.sampler();
            PositiveSets positives = PositiveSets.of(data.interactions(), split.train(), data.queryCount());
            for (int q = 0; q < data.queryCount(); q++) {
                int query = q;
                int[] candidates = hard.candidates(q);
                assertThat(candidates).hasSize(10);
                for (int d : candidates) {
                    assertThat(positives.contains(query, d)).as("query %d, document %d", query, d).isFalse();
                }
            }
        }
    }
}
