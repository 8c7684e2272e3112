package io.towerlab.core.train;

import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.data.SplitRole;
import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.store.RunFolder;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Re-evaluates a saved run: reads its spec and the dataset path from its provenance, rebuilds the
 * same split and model, loads the best checkpoint, and computes the test metrics and the popularity
 * baseline again.
 */
public final class SavedRunEvaluator {

    /** Metrics of a saved run on its test split, with the baseline and the time taken. */
    public record Evaluation(String runId, MetricSet metrics, MetricSet baseline, double seconds,
                             ApproximateEvaluation approximate) {
    }

    /** How to rank: exactly over the whole catalogue, or also through an HNSW index. */
    public record Options(boolean approximate, int candidates, int recallSample) {
        public static Options exact() {
            return new Options(false, 0, 0);
        }
    }

    public Evaluation evaluate(RunFolder run, Path dataOverride) throws IOException, SpecException,
            DataFormatException {
        return evaluate(run, dataOverride, Options.exact());
    }

    /** Evaluates exactly and, when the options ask, also through an HNSW index. */
    public Evaluation evaluate(RunFolder run, Path dataOverride, Options options) throws IOException,
            SpecException, DataFormatException {
        Path checkpoint = SavedModel.bestCheckpoint(run);
        long start = System.nanoTime();
        SavedRun saved = SavedRun.open(run, dataOverride);
        try (SavedModel model = SavedModel.load(saved, checkpoint, saved.spec().training().device())) {
            TrainingContext context = model.context();
            MetricSet metrics = context.evaluate(SplitRole.TEST);
            MetricSet baseline = context.baseline(SplitRole.TEST);
            double seconds = (System.nanoTime() - start) / 1e9;
            ApproximateEvaluation approximate = options.approximate()
                    ? context.evaluateApproximately(SplitRole.TEST, options.candidates(), options.recallSample()) : null;
            return new Evaluation(run.id(), metrics, baseline, seconds, approximate);
        }
    }
}
