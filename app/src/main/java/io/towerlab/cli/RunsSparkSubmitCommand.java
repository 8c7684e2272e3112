package io.towerlab.cli;

import io.towerlab.core.store.RunFolder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code towerlab runs spark-submit RUN}: prints the {@code spark-submit} command line that embeds a
 * catalogue with the run's document tower on Apache Spark (the {@code spark/} module's job). It only
 * prints: the desktop app carries no Spark classes.
 */
@Command(name = "spark-submit", mixinStandardHelpOptions = true,
        description = "Print the spark-submit command that embeds a catalogue with a run's document tower on Spark.")
public final class RunsSparkSubmitCommand implements Callable<Integer> {
    static final String JOB_CLASS = "io.towerlab.spark.EmbedCatalogueJob";
    static final String JOB_JAR = "towerlab-spark-job.jar";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "RUN", description = "A run id, a run folder, or latest:NAME.")
    String run;

    @Option(names = "--catalogue", required = true, paramLabel = "PATH", description = "The documents to embed: a CSV "
            + "file with a header or Parquet (a local path or a URI such as hdfs://... or s3a://...).")
    String catalogue;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "A new output folder (path or URI).")
    String out;

    @Option(names = "--id-column", paramLabel = "NAME", description = "The catalogue's id column (default: its first).")
    String idColumn;

    @Option(names = "--layout", defaultValue = "parquet", description = "parquet (id + vector rows) or f32 (the "
            + "app's documents.f32 + documents.ids per partition, on a shared mount). Default: ${DEFAULT-VALUE}.")
    String layout;

    @Option(names = "--master", defaultValue = "local[*]", description = "Spark's master: local[*], yarn, "
            + "spark://HOST:7077, k8s://... Default: ${DEFAULT-VALUE}.")
    String master;

    @Option(names = "--data", paramLabel = "PATH", description = "The dataset the run was trained on, as the "
            + "executors see it (default: the path in the run's provenance).")
    Path data;

    @Option(names = "--jar", paramLabel = "FILE", description = "The job jar (default: " + JOB_JAR + " built by the "
            + "spark module, found beside this program or in a source checkout).")
    Path jar;

    @Override
    public Integer call() {
        try {
            RunFolder folder = store.reader().resolve(run);
            boolean fromColumns = Files.isDirectory(folder.documentFeatures());
            Path dataset = data != null ? data : fromColumns ? null : recordedDataset(folder);
            if (!fromColumns) {
                System.err.println("note: run " + folder.id() + " has no saved document features: the job embeds only "
                        + "documents of its training dataset, by id, and each executor reads that dataset");
            }
            if (dataset != null && !Files.exists(dataset)) {
                System.err.println("note: the dataset " + dataset + " is not found here; the executors must see it "
                        + "at that path, or give it with --data");
            }
            Path job = jar != null ? jar : findJobJar().orElse(null);
            if (job == null) {
                System.err.println("note: " + JOB_JAR + " is not built yet; build it with "
                        + "`mvn -B -pl spark -am package -DskipTests` (it lands in spark/target/)");
            }
            System.out.println(format(arguments(folder.path(), dataset, job)));
            return 0;
        } catch (Exception e) {
            return CliErrors.report(e, System.err);
        }
    }

    /** The command line as separate arguments; {@code dataset} null for a run that embeds from columns. */
    List<String> arguments(Path runFolder, Path dataset, Path job) {
        List<String> line = new ArrayList<>(List.of("spark-submit", "--master", master, "--class", JOB_CLASS,
                "--conf", "spark.driver.extraJavaOptions=-Dai.djl.offline=true",
                "--conf", "spark.executor.extraJavaOptions=-Dai.djl.offline=true",
                job == null ? JOB_JAR : job.toAbsolutePath().normalize().toString(),
                "--run", runFolder.toAbsolutePath().normalize().toString()));
        if (dataset != null) {
            line.add("--data");
            line.add(dataset.toAbsolutePath().normalize().toString());
        }
        line.addAll(List.of("--catalogue", location(catalogue), "--out", location(out), "--layout", layout));
        if (idColumn != null) {
            line.add("--id-column");
            line.add(idColumn);
        }
        return line;
    }

    /**
     * One option (with its value) or positional argument per line, continued with backslashes and
     * quoted for a POSIX shell where needed.
     */
    static String format(List<String> arguments) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            boolean ownLine = i > 0 && (a.startsWith("--") || !arguments.get(i - 1).startsWith("--"));
            if (ownLine) {
                text.append(" \\\n  ");
            } else if (i > 0) {
                text.append(' ');
            }
            text.append(PLAIN.matcher(a).matches() ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return text.toString();
    }

    private static String location(String pathOrUri) {
        return pathOrUri.contains("://") ? pathOrUri : Path.of(pathOrUri).toAbsolutePath().normalize().toString();
    }

    @SuppressWarnings("unchecked")
    private static Path recordedDataset(RunFolder folder) throws java.io.IOException {
        Object dataset = folder.readProvenance().get("dataset");
        Object path = dataset instanceof Map<?, ?> m ? ((Map<String, Object>) m).get("path") : null;
        if (!(path instanceof String p)) {
            throw new IllegalArgumentException("run " + folder.id() + " records no dataset path in provenance.json; "
                    + "give the dataset it was trained on with --data");
        }
        return Path.of(p);
    }

    /** The job jar beside this program, or in the spark module of the source checkout it runs from. */
    static Optional<Path> findJobJar() {
        try {
            Path code = Path.of(RunsSparkSubmitCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Path> candidates = new ArrayList<>();
            candidates.add(code.resolveSibling(JOB_JAR));
            for (Path p = code.getParent(); p != null && candidates.size() < 5; p = p.getParent()) {
                candidates.add(p.resolve("spark").resolve("target").resolve(JOB_JAR));
            }
            return candidates.stream().filter(Files::isRegularFile).findFirst();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
