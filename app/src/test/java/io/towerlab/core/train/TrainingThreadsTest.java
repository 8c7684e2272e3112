package io.towerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.split.SplitOptions;
import io.towerlab.core.data.split.Splitter;
import io.towerlab.core.spec.ExperimentSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Runs train on any thread, one after another or at the same time, in one process. */
class TrainingThreadsTest {
    private static final ClickDataset DATA = TinyClickLogs.grouped(120, 60, 6, 8, 9);
    private static final DatasetSplit SPLIT = new Splitter().split(DATA, SplitOptions.leaveLastOut());

    private static TrainingStatus trainOnce() throws Exception {
        ExperimentSpec spec = TwoTowerTrainerTest.spec("fps", "uniform");
        try (TrainedModel run = new TwoTowerTrainer(spec, DATA, SPLIT).train(TrainingListener.NONE, new CancelToken())) {
            return run.result().status();
        }
    }

    @Test
    void aRunOnAFreshThreadAfterOneOnAnotherThreadCompletes() throws Exception {
        assertThat(trainOnce()).isEqualTo(TrainingStatus.COMPLETED);
        for (int i = 0; i < 2; i++) {
            ExecutorService fresh = Executors.newSingleThreadExecutor();
            try {
                assertThat(fresh.submit(TrainingThreadsTest::trainOnce).get()).isEqualTo(TrainingStatus.COMPLETED);
            } finally {
                fresh.shutdown();
            }
        }
    }

    @Test
    void twoRunsAtTheSameTimeBothComplete() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<TrainingStatus>> runs = new ArrayList<>();
            Callable<TrainingStatus> task = TrainingThreadsTest::trainOnce;
            runs.add(pool.submit(task));
            runs.add(pool.submit(task));
            for (Future<TrainingStatus> run : runs) {
                assertThat(run.get()).isEqualTo(TrainingStatus.COMPLETED);
            }
        } finally {
            pool.shutdown();
        }
    }
}
