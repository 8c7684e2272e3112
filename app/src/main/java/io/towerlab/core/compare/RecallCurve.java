package io.towerlab.core.compare;

import java.util.Map;
import java.util.TreeMap;

/**
 * Recall against the cut-off k: the points {@code (k, recall@k)} of a metrics map such as a run's
 * final test metrics, its popularity baseline or a dataset's oracle, or of a full evaluation at every
 * k from 1 to the largest (see {@link RecallAtK}). Other metrics in the map are ignored.
 */
public final class RecallCurve {
    public static final String PREFIX = "recall@";

    private RecallCurve() {
    }

    /** The recall@k points of {@code metrics}, k ascending; an empty curve when there are none. */
    public static Curve of(String name, Map<String, Double> metrics) {
        TreeMap<Integer, Double> points = new TreeMap<>();
        if (metrics != null) {
            metrics.forEach((key, value) -> {
                Integer k = cutOff(key);
                if (k != null && value != null && Double.isFinite(value)) {
                    points.put(k, value);
                }
            });
        }
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> e : points.entrySet()) {
            x[i] = e.getKey();
            y[i++] = e.getValue();
        }
        return new Curve(name, x, y);
    }

    /** The points of a full evaluation: {@code recall[i]} is recall@(i + 1). */
    public static Curve ofEveryK(String name, double[] recall) {
        double[] x = new double[recall.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        return new Curve(name, x, recall.clone());
    }

    /** The k of a key {@code recall@k}, or null for any other key. */
    static Integer cutOff(String key) {
        if (!key.startsWith(PREFIX)) {
            return null;
        }
        try {
            int k = Integer.parseInt(key.substring(PREFIX.length()));
            return k >= 1 ? k : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The largest k with a recall@k in {@code metrics}, or 0. */
    public static int largestK(Map<String, Double> metrics) {
        return metrics == null ? 0 : metrics.keySet().stream().map(RecallCurve::cutOff)
                .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
    }
}
