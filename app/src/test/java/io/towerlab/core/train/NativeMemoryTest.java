package io.towerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.split.SplitOptions;
import io.towerlab.core.data.split.Splitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Native memory stays flat: no arrays left behind per step, per epoch or per run. */
class NativeMemoryTest {
    private static final ClickDataset DATA = TinyClickLogs.grouped(200, 100, 5, 10, 3);
    private static final DatasetSplit SPLIT = new Splitter().split(DATA, SplitOptions.leaveLastOut());

    private static int arraysInRun(int epochs) throws Exception {
        return arraysInRun(epochs, "[]");
    }

    /** @param devices a JSON list for training.devices */
    private static int arraysInRun(int epochs, String devices) throws Exception {
        var spec = TwoTowerTrainerTest.spec("fps", "uniform");
        spec = new io.towerlab.core.spec.SpecReader().read(new io.towerlab.core.spec.SpecWriter().write(spec), "x",
                java.util.List.of("training.epochs=" + epochs, "training.batchSize=64", "training.devices=" + devices));
        try (TrainedModel trained = new TwoTowerTrainer(spec, DATA, SPLIT).train(TrainingListener.NONE,
                new CancelToken())) {
            return countArrays(trained.root());
        }
    }

    private static int countArrays(NDManager manager) {
        return manager.getManagedArrays().size();
    }

    @Test
    void arraysHeldByARunDoNotGrowWithTheNumberOfSteps() throws Exception {
        assertThat(arraysInRun(4)).isEqualTo(arraysInRun(1));
    }

    @Test
    void aStepSplitOverDevicesLeavesNoArraysBehindEither() throws Exception {
        assertThat(arraysInRun(4, "[\"cpu\", \"cpu\"]")).isEqualTo(arraysInRun(1, "[\"cpu\", \"cpu\"]"));
    }

    @Test
    void twentyRunsInOneJvmLeaveNoArraysAndKeepResidentMemoryFlat() throws Exception {
        NDManager system = NDManager.newBaseManager().getParentManager();
        for (int i = 0; i < 5; i++) {
            arraysInRun(1);
        }
        int arraysAfterWarmUp = countArrays(system);
        long[] resident = new long[15];
        for (int i = 0; i < resident.length; i++) {
            arraysInRun(1);
            System.gc();
            resident[i] = residentKiB();
        }
        assertThat(countArrays(system)).isEqualTo(arraysAfterWarmUp);
        if (resident[0] > 0) {
            // the allocator makes resident memory swing by tens of MiB from run to run; a leak of the
            // per-step temporaries (MiBs per step, dozens of steps per run) would climb by GiBs
            long early = median(java.util.Arrays.copyOfRange(resident, 0, 5));
            long late = median(java.util.Arrays.copyOfRange(resident, 10, 15));
            assertThat(late - early).isLessThan(128 * 1024);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** VmRSS from /proc on Linux; 0 elsewhere. */
    private static long residentKiB() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return 0;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }
}
