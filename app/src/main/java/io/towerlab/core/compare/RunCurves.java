package io.towerlab.core.compare;

import io.towerlab.core.store.MetricPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a run's metric log into one curve per metric name against a chosen axis. Points are ordered
 * by x; when several share an x (per-step values plotted by epoch), the last one logged counts, so a
 * resumed run's repeated steps never zig-zag. Non-finite values (logged as null) are left out.
 */
public final class RunCurves {
    private RunCurves() {
    }

    /** Every metric's curve, by name, in the order names first appear in the log. */
    public static Map<String, Curve> of(List<MetricPoint> log, CurveAxis axis) {
        long start = log.stream().mapToLong(MetricPoint::time).filter(t -> t > 0).min().orElse(0);
        Map<String, TreeMap<Double, Double>> byName = new LinkedHashMap<>();
        for (MetricPoint p : log) {
            if (p.value() == null) {
                continue;
            }
            byName.computeIfAbsent(p.name(), n -> new TreeMap<>()).put(axis.x(p, start), p.value());
        }
        Map<String, Curve> out = new LinkedHashMap<>();
        byName.forEach((name, points) -> {
            double[] x = new double[points.size()];
            double[] y = new double[points.size()];
            int i = 0;
            for (Map.Entry<Double, Double> e : points.entrySet()) {
                x[i] = e.getKey();
                y[i++] = e.getValue();
            }
            out.put(name, new Curve(name, x, y));
        });
        return out;
    }

    /** The metric names of several runs' logs, sorted: losses first, then the rest alphabetically. */
    public static List<String> names(List<Map<String, Curve>> runs) {
        List<String> names = new ArrayList<>();
        for (Map<String, Curve> run : runs) {
            run.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
        }
        names.sort(Comparator.comparing((String n) -> !n.contains("loss")).thenComparing(Comparator.naturalOrder()));
        return names;
    }
}
