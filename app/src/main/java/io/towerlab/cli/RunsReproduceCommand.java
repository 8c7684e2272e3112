package io.towerlab.cli;

import io.towerlab.core.train.CancelToken;
import io.towerlab.core.train.RunReproducer;
import io.towerlab.core.train.SavedRun;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code towerlab runs reproduce RUN}: trains the run again from its spec and provenance and compares the metrics. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Re-run a run from its stored spec and provenance and report how far its metrics are from the original.")
public final class RunsReproduceCommand implements Callable<Integer> {
    @Mixin
    RetrainOptions options;

    @Override
    public Integer call() {
        try {
            SavedRun saved = SavedRun.open(options.store.reader().resolve(options.run), options.data);
            RunReproducer.Comparison c = new RunReproducer(options.store.runStore()).reproduce(saved,
                    new ProgressPrinter(System.err), new CancelToken());
            if (options.json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("original", c.originalId());
                out.put("reproduction", c.reproduction().folder().id());
                out.put("maxAbsoluteDifference", c.maxAbsoluteDifference());
                out.put("metrics", c.metrics());
                out.put("datasetNote", c.datasetNote());
                System.out.println(RunsCommand.JSON.writeValueAsString(out));
            } else {
                System.out.println("reproduced " + c.originalId() + " as " + c.reproduction().folder().id());
                if (c.datasetNote() != null) {
                    System.out.println("note: " + c.datasetNote());
                }
                System.out.printf(Locale.ROOT, "%-16s %10s %10s %10s%n", "metric", "original", "reproduced", "diff");
                c.metrics().forEach((name, d) -> System.out.printf(Locale.ROOT, "%-16s %10s %10s %10s%n", name,
                        format(d.original()), format(d.reproduced()), format(d.difference())));
            }
            return 0;
        } catch (Exception e) {
            return CliErrors.report(e, System.err);
        }
    }

    private static String format(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.5f", v);
    }
}
