package io.towerlab.cli;

import io.towerlab.core.eval.MetricSet;
import java.io.PrintStream;
import java.util.Locale;

/** Prints test metrics beside the popularity baseline as a small table. */
final class ResultTable {
    private ResultTable() {
    }

    static void print(PrintStream out, String run, MetricSet metrics, MetricSet baseline) {
        out.println("run: " + run);
        if (metrics == null) {
            out.println("no metrics: the run did not finish");
            return;
        }
        out.printf(Locale.ROOT, "%-14s %10s %12s%n", "metric", "model", "popularity");
        metrics.values().forEach((name, value) -> out.printf(Locale.ROOT, "%-14s %10.4f %12s%n", name, value,
                baseline != null && baseline.has(name) ? String.format(Locale.ROOT, "%.4f", baseline.get(name)) : "-"));
        out.printf(Locale.ROOT, "(%d test queries)%n", metrics.queries());
    }
}
