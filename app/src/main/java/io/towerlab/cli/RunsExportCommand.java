package io.towerlab.cli;

import io.towerlab.core.store.RunBundle;
import io.towerlab.core.store.RunExport;
import io.towerlab.core.store.RunFolder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code towerlab runs export RUN}: metrics as CSV, document vectors as .npy + ids, or the whole run as a zip. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a run's metrics (CSV), document embeddings (.npy + ids) or the whole run (zip bundle).")
public final class RunsExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "RUN", description = "A run id, a run folder, or latest:NAME.")
    String run;

    @Option(names = "--metrics", paramLabel = "FILE.csv", description = "Write the metrics log as CSV.")
    Path metrics;

    @Option(names = "--embeddings", paramLabel = "DIR", description = "Write documents.npy and documents.ids.txt here.")
    Path embeddings;

    @Option(names = "--bundle", paramLabel = "FILE.zip", description = "Write the whole run as a zip bundle.")
    Path bundle;

    @Override
    public Integer call() {
        try {
            if (metrics == null && embeddings == null && bundle == null) {
                System.err.println("error: say what to export: --metrics FILE.csv, --embeddings DIR or --bundle FILE.zip");
                return CliErrors.USER_ERROR;
            }
            RunFolder folder = store.reader().resolve(run);
            if (metrics != null) {
                System.out.println("wrote " + RunExport.metricsCsv(folder, metrics) + " metric rows to " + metrics);
            }
            if (embeddings != null) {
                System.out.println("wrote " + RunExport.embeddingsNpy(folder, embeddings) + " document vectors to "
                        + embeddings.resolve("documents.npy"));
            }
            if (bundle != null) {
                RunBundle.export(folder, bundle);
                System.out.println("wrote run " + folder.id() + " to " + bundle);
            }
            return 0;
        } catch (Exception e) {
            return CliErrors.report(e, System.err);
        }
    }
}
