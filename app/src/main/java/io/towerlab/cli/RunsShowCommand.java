package io.towerlab.cli;

import io.towerlab.core.store.MetricsLog;
import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunReader;
import io.towerlab.core.store.RunSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code towerlab runs show RUN}: a run's summary, provenance and the size of its metrics log. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one run: summary, provenance, files.")
public final class RunsShowCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "RUN", description = "A run id, a run folder, or latest:NAME.")
    String run;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        try {
            RunReader reader = store.reader();
            RunFolder folder = reader.resolve(run);
            RunSummary summary = reader.summary(folder);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("summary", summary);
            out.put("path", folder.path().toAbsolutePath().toString());
            out.put("provenance", folder.readProvenance());
            out.put("metricLines", MetricsLog.read(folder.metricsFile()).size());
            System.out.println((json ? RunsCommand.JSON : RunsCommand.PRETTY).writeValueAsString(out));
            return 0;
        } catch (Exception e) {
            return CliErrors.report(e, System.err);
        }
    }
}
