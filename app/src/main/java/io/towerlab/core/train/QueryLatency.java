package io.towerlab.core.train;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.model.BatchRows;
import io.towerlab.core.model.EncoderInput;
import io.towerlab.core.model.EntityBatch;
import io.towerlab.core.model.GatheredRows;
import io.towerlab.core.model.HistoryIndex;
import io.towerlab.core.model.ModelBuilder;
import io.towerlab.core.model.Tower;
import io.towerlab.core.model.TwoTowerModel;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.HistoryEncoderSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Measures how long the query tower takes to encode one request: the tower is built from the spec with fresh
 * weights on the dataset (weights do not change the cost), warmed up, then timed over many single-query
 * forward passes, each from the Java-side preparation of its inputs to the vector on the Java side. Run it
 * after the engine is configured, off the UI thread.
 */
public final class QueryLatency {

    /** Timings of single-request forward passes, in microseconds. */
    public record Result(double medianMicros, double p90Micros, int requests) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.2f ms per request (median of %d; 90%% under %.2f ms)",
                    medianMicros / 1000, requests, p90Micros / 1000);
        }
    }

    private static final int WARM_UP = 20;

    private QueryLatency() {
    }

    /** Times {@code requests} forward passes of the query tower for randomly chosen queries. */
    public static Result measure(ExperimentSpec spec, ClickDataset dataset, int requests) {
        if (requests < 1 || dataset.queryCount() == 0) {
            throw new IllegalArgumentException("need at least one request and one query");
        }
        boolean usesHistory = spec.queryTower().inputs().stream().anyMatch(HistoryEncoderSpec.class::isInstance);
        int[] allRows = new int[dataset.interactionCount()];
        Arrays.setAll(allRows, i -> i);
        HistoryIndex history = usesHistory ? HistoryIndex.of(dataset.interactions(), allRows, dataset.queryCount())
                : null;
        EngineSetup.configure(spec.training().threads());
        EngineGate.prepareThread();
        Random random = new Random(spec.training().seed());
        try (NDManager root = NDManager.newBaseManager();
             TwoTowerModel model = new ModelBuilder(dataset, history, null).build(spec, root)) {
            Tower tower = model.queryTower();
            for (int i = 0; i < WARM_UP; i++) {
                encode(tower, random.nextInt(dataset.queryCount()), root);
            }
            long[] nanos = new long[requests];
            for (int i = 0; i < requests; i++) {
                int query = random.nextInt(dataset.queryCount());
                long start = System.nanoTime();
                encode(tower, query, root);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            return new Result(nanos[requests / 2] / 1e3, nanos[Math.min(requests - 1, requests * 9 / 10)] / 1e3,
                    requests);
        }
    }

    private static float[] encode(Tower tower, int query, NDManager root) {
        BatchRows rows = new BatchRows();
        List<EncoderInput> inputs = tower.prepare(new EntityBatch(new int[] {query}, null), rows);
        try (NDManager batch = root.newSubManager(); NDScope scope = new NDScope()) {
            GatheredRows gathered = GatheredRows.gather(rows.finish(), batch, false);
            return tower.forward(inputs, gathered, batch, false).toFloatArray();
        }
    }
}
