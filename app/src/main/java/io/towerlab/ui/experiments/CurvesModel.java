package io.towerlab.ui.experiments;

import io.towerlab.core.compare.Curve;
import io.towerlab.core.compare.CurveAxis;
import io.towerlab.core.compare.RunCurves;
import io.towerlab.core.store.MetricPoint;
import io.towerlab.core.store.MetricsLog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The data of the Curves panel, without any chart: each selected run's metric log, and for a chosen
 * metric, axis and smoothing weight the raw and smoothed curve of every run, and the readout of every
 * run at an x. Pure Java, so it is tested and benchmarked without a toolkit.
 */
public final class CurvesModel {

    /** One run's log as read from its folder. */
    public record RunLog(SelectedRun run, List<MetricPoint> points) {
    }

    /** One run's curves for the current choice; {@code raw} and {@code smoothed} may be empty. */
    public record RunCurve(SelectedRun run, Curve raw, Curve smoothed) {
    }

    private final List<RunLog> logs;
    private final Map<CurveAxis, List<Map<String, Curve>>> byAxis = new java.util.EnumMap<>(CurveAxis.class);

    public CurvesModel(List<RunLog> logs) {
        this.logs = List.copyOf(logs);
    }

    /** Each run's curves against {@code axis}, assembled once per axis (smoothing changes reuse them). */
    private synchronized List<Map<String, Curve>> curves(CurveAxis axis) {
        return byAxis.computeIfAbsent(axis, a -> logs.stream().map(l -> RunCurves.of(l.points(), a)).toList());
    }

    /** Reads the logs of these runs (tolerating a truncated last line). */
    public static CurvesModel read(List<SelectedRun> runs) throws IOException {
        List<RunLog> logs = new ArrayList<>();
        for (SelectedRun run : runs) {
            logs.add(new RunLog(run, MetricsLog.read(run.folder().metricsFile())));
        }
        return new CurvesModel(logs);
    }

    public List<RunLog> logs() {
        return logs;
    }

    /** The metric names of all runs, losses first. */
    public List<String> metrics() {
        return RunCurves.names(curves(CurveAxis.STEP));
    }

    /** Every run's curve of {@code metric} against {@code axis}, raw and smoothed with weight β. */
    public List<RunCurve> curves(String metric, CurveAxis axis, double beta) {
        List<RunCurve> out = new ArrayList<>();
        List<Map<String, Curve>> all = curves(axis);
        for (int i = 0; i < logs.size(); i++) {
            RunLog log = logs.get(i);
            Curve raw = all.get(i).get(metric);
            if (raw == null) {
                raw = new Curve(metric, new double[0], new double[0]);
            }
            out.add(new RunCurve(log.run(), raw, raw.smoothed(beta)));
        }
        return out;
    }

    /** A line per run with its smoothed value at the point nearest to {@code x}. */
    public static String readout(List<RunCurve> curves, CurveAxis axis, double x) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s %s", axis.label(), number(x)));
        for (RunCurve c : curves) {
            int i = c.smoothed().nearest(x);
            if (i >= 0) {
                sb.append("   ·   ").append(c.run().summary().name()).append(": ")
                        .append(String.format(Locale.ROOT, "%.4f", c.smoothed().y()[i]));
                if (c.raw().y()[i] != c.smoothed().y()[i]) {
                    sb.append(String.format(Locale.ROOT, " (raw %.4f at %s)", c.raw().y()[i], number(c.raw().x()[i])));
                }
            }
        }
        return sb.toString();
    }

    private static String number(double x) {
        return x == Math.rint(x) ? String.format(Locale.ROOT, "%.0f", x) : String.format(Locale.ROOT, "%.1f", x);
    }
}
