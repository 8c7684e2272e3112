package io.towerlab.cli;

import io.towerlab.core.compare.RecallAtK;
import io.towerlab.core.store.RunFolder;
import io.towerlab.core.train.RecallAtKEvaluator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code towerlab runs recall RUN...}: each run's test recall at every k from 1 to its largest evaluated
 * k, with the popularity baseline's, cached in the run folder for the Experiments view.
 */
@Command(name = "recall", mixinStandardHelpOptions = true,
        description = "Evaluate runs' test recall at every k from 1 (cached in recall-at-k.json).")
public final class RunsRecallCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "RUN", arity = "1..*", description = "Run ids, run folders, or latest:NAME.")
    List<String> runs;

    @Override
    public Integer call() {
        try {
            for (String reference : runs) {
                RunFolder folder = store.reader().resolve(reference);
                RecallAtK r = new RecallAtKEvaluator().evaluate(folder, (f, what) -> { });
                int k = r.maxK();
                System.out.printf(Locale.ROOT, "%s: recall@1 %.4f  recall@%d %.4f  (popularity %.4f, %.4f) over %d"
                        + " queries, %.1f s%n", folder.id(), r.model()[0], k, r.model()[k - 1], r.popularity()[0],
                        r.popularity()[k - 1], r.queries(), r.seconds());
            }
            return 0;
        } catch (Exception e) {
            return CliErrors.report(e, System.err);
        }
    }
}
