package io.towerlab.core.spec;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.FeatureTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The checks of a valid spec against the dataset it will train on, which the reader cannot make without
 * data: every categorical, numeric and text input names a column of that kind that the queries or documents have,
 * and the split has what it needs (timestamps for {@code temporal}, a split column for {@code predefined}).
 * Run it after loading the data and before building the model, so a
 * misspelt column is reported at its JSON path rather than deep inside model construction.
 */
public final class SpecDataCheck {

    private SpecDataCheck() {
    }

    /** The problems of using {@code spec} on {@code dataset}; empty when they fit. */
    public static List<SpecProblem> problems(ExperimentSpec spec, ClickDataset dataset) {
        List<SpecProblem> problems = new ArrayList<>();
        columns("queryTower", "queries", spec.queryTower(), dataset.queryFeatures(), problems);
        columns("docTower", "documents", spec.docTower(), dataset.documentFeatures(), problems);
        SplitType split = spec.data().split().type();
        if (split == SplitType.TEMPORAL && !dataset.interactions().hasTimestamps()) {
            problems.add(new SpecProblem("data.split.type", "\"temporal\" needs timestamps, and the interactions "
                    + "have none; use \"random\" or map a timestamp column"));
        }
        if (split == SplitType.PREDEFINED && !dataset.interactions().hasPredefinedSplit()) {
            problems.add(new SpecProblem("data.split.type", "\"predefined\" needs a split column in the "
                    + "interactions, and there is none; use \"leave-last-out\" or \"random\""));
        }
        return problems;
    }

    private static void columns(String tower, String entities, TowerSpec spec, FeatureTable features,
                                List<SpecProblem> problems) {
        for (int i = 0; i < spec.inputs().size(); i++) {
            EncoderSpec input = spec.inputs().get(i);
            String at = tower + ".inputs[" + i + "].column";
            if (input instanceof CategoricalEncoderSpec categorical) {
                check(at, entities, "categorical", categorical.column(), features.categorical(), features, problems);
            } else if (input instanceof NumericEncoderSpec numeric) {
                check(at, entities, "numeric", numeric.column(), features.numeric(), features, problems);
            } else if (input instanceof TextEncoderSpec text) {
                check(at, entities, "text", text.column(), features.text(), features, problems);
            }
        }
    }

    private static void check(String at, String entities, String kind, String column, Map<String, ?> ofKind,
                              FeatureTable features, List<SpecProblem> problems) {
        if (ofKind.containsKey(column)) {
            return;
        }
        String message = "the " + entities + " have no " + kind + " column \"" + column + "\"";
        String otherKind = features.categorical().containsKey(column) ? "categorical"
                : features.numeric().containsKey(column) ? "numeric"
                : features.text().containsKey(column) ? "text" : null;
        if (otherKind != null) {
            message += "; it is a " + otherKind + " column";
        } else if (ofKind.isEmpty()) {
            message += "; they have no " + kind + " columns at all";
        } else {
            message += "; their " + kind + " columns are " + String.join(", ", new TreeSet<>(ofKind.keySet()));
            var match = DidYouMean.closest(column, ofKind.keySet());
            if (match.isPresent()) {
                message += "; did you mean \"" + match.get() + "\"?";
            }
        }
        problems.add(new SpecProblem(at, message));
    }
}
