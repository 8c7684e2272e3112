package io.towerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code towerlab runs spark-submit}: the printed command line, without Spark. */
class RunsSparkSubmitCommandTest {
    @TempDir
    Path dir;

    private RunFolder runTrainedOn(Object datasetPath) throws Exception {
        RunFolder run = new RunStore(dir.resolve("runs")).create("spark");
        run.writeSpec("{}");
        run.writeProvenance(datasetPath == null ? Map.of() : Map.of("dataset", Map.of("path", datasetPath)));
        return run;
    }

    @Test
    void printsASubmitLineWithTheJobClassJarRunDatasetAndQuotedArguments() throws Exception {
        Path data = Files.createDirectories(dir.resolve("clicks"));
        RunFolder run = runTrainedOn(data.toString());

        CliRun cli = CliRun.of("runs", "spark-submit", run.id(), "--store", dir.resolve("runs").toString(),
                "--catalogue", "hdfs://nn/catalogue.parquet", "--out", "s3a://bucket/vectors", "--master", "yarn",
                "--jar", "/opt/towerlab/towerlab-spark-job.jar", "--id-column", "item id");

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("spark-submit \\\n  --master yarn \\\n  --class io.towerlab.spark.EmbedCatalogueJob")
                .contains("spark.executor.extraJavaOptions=-Dai.djl.offline=true")
                .contains("-Dai.djl.offline=true \\\n  /opt/towerlab/towerlab-spark-job.jar \\\n  --run ")
                .contains("--run " + run.path().toAbsolutePath().normalize())
                .contains("--data " + data.toAbsolutePath().normalize())
                .contains("--catalogue hdfs://nn/catalogue.parquet", "--out s3a://bucket/vectors", "--layout parquet")
                .endsWith("--id-column 'item id'\n");
        assertThat(cli.err()).contains("has no saved document features", "only documents of its training dataset");
    }

    @Test
    void aRunWithSavedDocumentFeaturesNeedsNoDataset() throws Exception {
        RunFolder run = runTrainedOn(null);
        Files.createDirectories(run.documentFeatures());

        CliRun cli = CliRun.of("runs", "spark-submit", run.id(), "--store", dir.resolve("runs").toString(),
                "--catalogue", "c.csv", "--out", "vectors", "--jar", "/opt/towerlab/towerlab-spark-job.jar");

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("--run ", "--catalogue ").doesNotContain("--data");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aRunWithoutARecordedDatasetAsksForData() throws Exception {
        RunFolder run = runTrainedOn(null);

        CliRun cli = CliRun.of("runs", "spark-submit", run.id(), "--store", dir.resolve("runs").toString(),
                "--catalogue", "c.csv", "--out", "vectors");

        assertThat(cli.exit()).isEqualTo(CliErrors.USER_ERROR);
        assertThat(cli.err()).contains("records no dataset path", "--data");
    }

    @Test
    void argumentsWithShellCharactersAreSingleQuoted() {
        assertThat(RunsSparkSubmitCommand.format(List.of("spark-submit", "--master", "local[*]", "--out", "it's here")))
                .isEqualTo("spark-submit \\\n  --master 'local[*]' \\\n  --out 'it'\\''s here'");
    }
}
