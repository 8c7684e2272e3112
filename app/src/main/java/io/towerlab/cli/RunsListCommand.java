package io.towerlab.cli;

import io.towerlab.core.store.RunSummary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code towerlab runs list}: one line per run, newest first, from the runs' summaries. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the runs of the store, newest first.")
public final class RunsListCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--json", description = "Print a JSON array of run summaries.")
    boolean json;

    @Override
    public Integer call() {
        try {
            List<RunSummary> runs = store.reader().list();
            if (json) {
                System.out.println(RunsCommand.JSON.writeValueAsString(runs));
                return 0;
            }
            if (runs.isEmpty()) {
                System.out.println("no runs in " + store.runStore().root() + "; train one with towerlab train SPEC.json");
                return 0;
            }
            System.out.printf(Locale.ROOT, "%-48s %-10s %-8s %-22s %-22s %s%n", "RUN", "STATUS", "LOSS", "TEST",
                    "POPULARITY", "NAME");
            for (RunSummary r : runs) {
                System.out.printf(Locale.ROOT, "%-48s %-10s %-8s %-22s %-22s %s%n", r.id(), r.status(),
                        r.loss() == null ? "" : r.loss().toLowerCase(Locale.ROOT), headline(r.metrics()),
                        headline(r.baseline()), r.name() == null ? "" : r.name());
            }
            return 0;
        } catch (Exception e) {
            return CliErrors.report(e, System.err);
        }
    }

    /** The first recall@k of a metric map, e.g. {@code recall@10=0.412}. */
    static String headline(Map<String, Double> metrics) {
        if (metrics == null) {
            return "-";
        }
        return metrics.entrySet().stream().filter(e -> e.getKey().startsWith("recall@") && e.getValue() != null)
                .findFirst().map(e -> String.format(Locale.ROOT, "%s=%.4f", e.getKey(), e.getValue())).orElse("-");
    }
}
