package io.towerlab.cli;

import io.towerlab.core.data.DatasetStats;
import io.towerlab.core.data.ImportResult;
import io.towerlab.core.data.RowProblem;
import io.towerlab.core.data.ValidationReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints dataset statistics and a validation summary as an aligned plain-text table. */
final class StatsTable {
    private final PrintWriter out;

    StatsTable(PrintWriter out) {
        this.out = out;
    }

    void print(ImportResult result, DatasetStats s, int problemsListed) {
        var source = result.dataset().source();
        row("Dataset", s.name() + " (" + source.format() + ", sha256 " + source.sha256().substring(0, 12) + ")");
        row("Queries", count(s.queries()) + (s.queriesWithoutInteractions() > 0
                ? " (" + count(s.queriesWithoutInteractions()) + " without interactions)" : ""));
        row("Documents", count(s.documents()) + " (" + count(s.documentsNeverClicked()) + " never clicked)");
        row("Interactions", count(s.interactions()) + String.format(Locale.ROOT, "  density %.4f%%",
                100 * s.density()));
        out.printf(Locale.ROOT, "%-14s %8s %8s %8s %8s %8s %8s %8s %8s%n", "count per", "min", "p25", "median", "p75",
                "p90", "p99", "max", "mean");
        distribution("  query", s.interactionsPerQuery());
        distribution("  document", s.interactionsPerDocument());
        row("Long tail", String.format(Locale.ROOT, "top 1%% of documents hold %.1f%% of interactions, "
                + "top 10%% hold %.1f%%", 100 * s.topOnePercentShare(), 100 * s.topTenPercentShare()));
        row("Time range", s.timeRange() == null ? "no timestamps"
                : s.timeRange().from() + " .. " + s.timeRange().to());
        row("Features", features(s.features()));
        ValidationReport r = result.report();
        row("Rows", "read " + count(r.rowsRead()) + ", kept " + count(r.rowsKept()) + ", skipped "
                + count(r.rowsSkipped()) + ", filtered by the click rule " + count(r.rowsFiltered()));
        boolean first = true;
        for (var entry : r.problemCounts().entrySet()) {
            row(first ? "Problem kinds" : "", entry.getKey() + ": " + count(entry.getValue()));
            first = false;
        }
        r.notes().forEach(note -> row("Note", note));
        List<RowProblem> problems = r.problems();
        for (int i = 0; i < Math.min(problemsListed, problems.size()); i++) {
            row(i == 0 ? "First problems" : "", problems.get(i).toString());
        }
        if (r.problemCount() > problemsListed) {
            row("", "... and " + count(r.problemCount() - problemsListed) + " more");
        }
    }

    private void row(String label, String value) {
        out.printf(Locale.ROOT, "%-14s %s%n", label, value);
    }

    private void distribution(String label, DatasetStats.Distribution d) {
        out.printf(Locale.ROOT, "%-14s %8d %8.1f %8.1f %8.1f %8.1f %8.1f %8d %8.2f%n", label, d.min(), d.p25(),
                d.median(), d.p75(), d.p90(), d.p99(), d.max(), d.mean());
    }

    private static String features(DatasetStats.Features f) {
        List<String> parts = new ArrayList<>();
        add(parts, "query", f.queryCategorical(), "categorical");
        add(parts, "query", f.queryNumeric(), "numeric");
        add(parts, "query", f.queryText(), "text");
        add(parts, "document", f.documentCategorical(), "categorical");
        add(parts, "document", f.documentNumeric(), "numeric");
        add(parts, "document", f.documentText(), "text");
        return parts.isEmpty() ? "none" : String.join("; ", parts);
    }

    private static void add(List<String> parts, String entity, List<String> names, String kind) {
        if (!names.isEmpty()) {
            parts.add(entity + " " + kind + ": " + String.join(", ", names));
        }
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
