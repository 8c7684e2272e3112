package io.towerlab.core.compare;

import io.towerlab.core.store.RunSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Groups runs that differ only by their seed: the same experiment name and the same key
 * hyperparameters once {@code training.seed} is left out. A group's runs are repeats of one
 * experiment, so their spread measures the noise a comparison must beat.
 */
public final class SeedGroups {
    public static final String SEED = "training.seed";

    private SeedGroups() {
    }

    /** One experiment repeated over seeds; {@code runs} in the order given. */
    public record Group(String name, Map<String, Object> hyperparameters, List<RunSummary> runs) {

        /** The metric of each run that has it, in run order. */
        public double[] values(String metric) {
            return runs.stream().map(r -> r.metrics() == null ? null : r.metrics().get(metric))
                    .filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
        }

        /** The seed of a run of this group, or null. */
        public static Object seed(RunSummary run) {
            return run.hyperparameters() == null ? null : run.hyperparameters().get(SEED);
        }
    }

    /** The groups of {@code runs}, in order of their first run; single runs form groups of one. */
    public static List<Group> of(List<RunSummary> runs) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (RunSummary run : runs) {
            Map<String, Object> key = new TreeMap<>(run.hyperparameters() == null ? Map.of() : run.hyperparameters());
            key.remove(SEED);
            String id = run.name() + "\u0000" + key;
            groups.computeIfAbsent(id, k -> new Group(run.name(), key, new ArrayList<>())).runs().add(run);
        }
        return List.copyOf(groups.values());
    }

    /**
     * Pairs two groups by seed and tests whether their {@code metric} differs: a paired t-test over the
     * seeds both groups ran, since runs with one seed share the data order and initial draw.
     *
     * @throws IllegalArgumentException when fewer than two seeds are common to both with the metric
     */
    public static PairedTTest compare(Group a, Group b, String metric) {
        Map<String, Double> left = bySeed(a, metric);
        Map<String, Double> right = bySeed(b, metric);
        List<String> common = left.keySet().stream().filter(right::containsKey).toList();
        if (common.size() < 2) {
            throw new IllegalArgumentException("a paired test needs at least two seeds run by both \"" + a.name()
                    + "\" and \"" + b.name() + "\" with " + metric + "; common seeds: " + common
                    + ". Train more seeds with: towerlab train SPEC.json --set training.seed=N");
        }
        double[] x = common.stream().mapToDouble(left::get).toArray();
        double[] y = common.stream().mapToDouble(right::get).toArray();
        return PairedTTest.of(x, y);
    }

    private static Map<String, Double> bySeed(Group g, String metric) {
        Map<String, Double> out = new TreeMap<>();
        for (RunSummary r : g.runs()) {
            Double v = r.metrics() == null ? null : r.metrics().get(metric);
            if (v != null) {
                out.putIfAbsent(String.valueOf(Group.seed(r)), v);
            }
        }
        return out;
    }
}
