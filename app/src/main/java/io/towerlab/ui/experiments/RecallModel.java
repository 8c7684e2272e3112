package io.towerlab.ui.experiments;

import io.towerlab.core.compare.Curve;
import io.towerlab.core.compare.OracleReference;
import io.towerlab.core.compare.RecallAtK;
import io.towerlab.core.compare.RecallCurve;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data of the Recall@k panel: each run's test recall against k (at every k when the run has been
 * evaluated so, else at the cut-offs it evaluated), the popularity baseline and, for generated data,
 * the oracle, from the first run that has them.
 */
public record RecallModel(List<RunRecall> runs, Curve popularity, Curve oracle) {

    /** One run's recall curve; {@code everyK} when it holds every k from 1. */
    public record RunRecall(SelectedRun run, Curve curve, boolean everyK) {
    }

    public static RecallModel read(List<SelectedRun> selected) {
        List<RunRecall> runs = new ArrayList<>();
        Curve popularity = null;
        Curve oracle = null;
        boolean popularityEveryK = false;
        for (SelectedRun run : selected) {
            Map<String, Double> metrics = run.summary().metrics();
            RecallAtK full = RecallAtK.read(run.folder(), RecallCurve.largestK(metrics));
            if (full != null) {
                runs.add(new RunRecall(run, full.modelCurve(run.label()), true));
            } else {
                runs.add(new RunRecall(run, RecallCurve.of(run.label(), metrics), false));
            }
            if (full != null && !popularityEveryK) {
                popularity = full.popularityCurve("popularity");
                popularityEveryK = true;
            } else if (popularity == null) {
                Curve p = RecallCurve.of("popularity", run.summary().baseline());
                popularity = p.size() > 0 ? p : null;
            }
            if (oracle == null) {
                Curve o = RecallCurve.of("oracle", OracleReference.of(run.folder()));
                oracle = o.size() > 0 ? o : null;
            }
        }
        return new RecallModel(runs, popularity, oracle);
    }

    /** The runs still to evaluate at every k (finished runs without a cached curve). */
    public List<SelectedRun> missingEveryK() {
        return runs.stream().filter(r -> !r.everyK() && r.curve().size() > 0).map(RunRecall::run).toList();
    }
}
