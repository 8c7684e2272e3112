package io.towerlab.spark;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The job's entry point for {@code spark-submit --class io.towerlab.spark.EmbedCatalogueJob}: embeds
 * a catalogue with a saved run's document tower. {@code towerlab runs spark-submit RUN} prints a
 * complete command line for a run.
 */
@Command(name = "towerlab-spark-job", mixinStandardHelpOptions = true,
        description = "Embed a catalogue with a saved run's document tower, on Apache Spark.")
public final class EmbedCatalogueJob implements Callable<Integer> {
    @Option(names = "--run", required = true, paramLabel = "DIR", description = "The run folder (on every executor).")
    String run;

    @Option(names = "--data", paramLabel = "PATH", description = "The dataset the run was trained on (default: the "
            + "path in the run's provenance.json); on every executor. Read only for runs saved without document "
            + "features, which embed documents of that dataset by id.")
    String data;

    @Option(names = "--catalogue", required = true, paramLabel = "PATH", description = "A CSV file with a header, or "
            + "Parquet, of the documents to embed: their id and the columns the run's document tower reads.")
    String catalogue;

    @Option(names = "--format", defaultValue = "auto", description = "csv, parquet or auto (by the name: *.csv is CSV).")
    String format;

    @Option(names = "--id-column", paramLabel = "NAME", description = "The catalogue's document id column (default: "
            + "its first column).")
    String idColumn;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "A new output folder.")
    String out;

    @Option(names = "--layout", defaultValue = "parquet", description = "parquet (out/vectors: id, vector) or f32 "
            + "(out/part-N: the desktop app's documents.f32 + documents.ids, on a shared mount).")
    String layout;

    @Option(names = "--device", defaultValue = "auto", description = "auto, cpu, gpu or gpu:N on each executor.")
    String device;

    @Option(names = "--partitions", defaultValue = "0", description = "Repartition the catalogue into this many "
            + "partitions (0: as read).")
    int partitions;

    public static void main(String[] args) {
        int code = new CommandLine(new EmbedCatalogueJob()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws Exception {
        OutputLayout chosen;
        try {
            chosen = OutputLayout.valueOf(layout.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("error: --layout must be parquet or f32, was '" + layout + "'");
            return 2;
        }
        JobOptions options = new JobOptions(run, data, catalogue, format, idColumn, out, chosen, device, partitions);
        SparkSession spark = SparkSession.builder().appName("towerlab-embed-catalogue").getOrCreate();
        try {
            CatalogueEmbedding.Result result = CatalogueEmbedding.run(spark, options);
            System.out.println("embedded " + result.embedded() + " documents with run " + result.runId() + " ("
                    + result.dim() + " dims, " + result.similarity() + ") "
                    + (result.fromColumns() ? "from their columns" : "by id from the run's dataset") + " into " + out
                    + (result.skipped() > 0 ? "; skipped " + result.skipped() + " (" + result.skipReason() + ")" : ""));
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }
}
