package io.towerlab.core.train;

import io.towerlab.core.compare.RecallAtK;
import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.data.SplitRole;
import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.store.RunFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * Evaluates a saved run's best weights on its test split at every cut-off k = 1 … the largest k its
 * spec evaluates, with the popularity baseline, and caches the result in the run folder
 * ({@link RecallAtK}); a cached result is returned without evaluating again.
 */
public final class RecallAtKEvaluator {

    /**
     * @param progress receives a fraction in [0, 1] and what is being done
     */
    public RecallAtK evaluate(RunFolder run, BiConsumer<Double, String> progress) throws IOException, SpecException,
            DataFormatException {
        Path checkpoint = SavedModel.bestCheckpoint(run);
        ExperimentSpec written = new SpecReader().read(run.readSpec(), run.path().resolve("spec.json").toString());
        int maxK = written.evaluation().ks().stream().mapToInt(Integer::intValue).max().orElse(10);
        RecallAtK cached = RecallAtK.read(run, maxK);
        if (cached != null) {
            return cached;
        }
        progress.accept(0.05, "reading the spec and the dataset");
        SavedRun saved = SavedRun.open(run, null);
        ExperimentSpec spec = saved.spec();
        long start = System.nanoTime();
        int[] ks = IntStream.rangeClosed(1, maxK).toArray();
        progress.accept(0.3, "loading the model");
        try (SavedModel loaded = SavedModel.load(saved, checkpoint, spec.training().device())) {
            TrainingContext context = loaded.context();
            progress.accept(0.5, "ranking the catalogue for every test query");
            MetricSet model = context.evaluate(SplitRole.TEST, ks);
            progress.accept(0.85, "ranking by popularity");
            MetricSet popularity = context.baseline(SplitRole.TEST, ks);
            RecallAtK result = new RecallAtK(run.id(), model.queries(), recall(model, maxK), recall(popularity, maxK),
                    (System.nanoTime() - start) / 1e9);
            result.write(run);
            progress.accept(1.0, "done");
            return result;
        }
    }

    private static double[] recall(MetricSet metrics, int maxK) {
        double[] out = new double[maxK];
        for (int k = 1; k <= maxK; k++) {
            out[k - 1] = metrics.get("recall@" + k);
        }
        return out;
    }
}
