package io.towerlab.cli;

import io.towerlab.core.store.RunReader;
import io.towerlab.core.store.RunState;
import io.towerlab.core.store.RunStatus;
import io.towerlab.core.store.RunStore;
import io.towerlab.core.store.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code towerlab bench store}: fills a temporary store with synthetic runs (each with a summary,
 * a status and a metrics log of a few hundred lines) and times listing them (target: under 1 s for 2,000).
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Create N synthetic runs in a temporary store and time listing them (target: < 1 s for 2,000).")
public final class BenchStoreCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--runs", description = "Runs to create (default: ${DEFAULT-VALUE}).")
    int runs = 2000;

    @Option(names = "--repeat", description = "Listings to time; the first warms up (default: ${DEFAULT-VALUE}).")
    int repeat = 3;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path root = Files.createTempDirectory("towerlab-bench-store");
        try {
            long t0 = System.nanoTime();
            create(new RunStore(root), runs);
            out.printf(Locale.ROOT, "created %,d runs in %.1f s%n", runs, (System.nanoTime() - t0) / 1e9);
            RunReader reader = new RunReader(new RunStore(root));
            double best = Double.MAX_VALUE;
            int listed = 0;
            for (int i = 0; i < Math.max(1, repeat); i++) {
                long start = System.nanoTime();
                List<RunSummary> list = reader.list();
                double seconds = (System.nanoTime() - start) / 1e9;
                listed = list.size();
                best = Math.min(best, seconds);
                out.printf(Locale.ROOT, "listing %d: %,d runs in %.3f s%n", i + 1, listed, seconds);
            }
            out.printf(Locale.ROOT, "best listing of %,d runs: %.3f s (target < 1 s): %s%n", listed, best,
                    best < 1 ? "met" : "missed");
            return 0;
        } finally {
            deleteTree(root);
        }
    }

    /** Writes {@code n} runs the way a run leaves them, without training. */
    static void create(RunStore store, int n) throws IOException {
        SplittableRandom random = new SplittableRandom(1);
        StringBuilder metrics = new StringBuilder();
        for (int step = 1; step <= 300; step++) {
            metrics.append("{\"step\":").append(step).append(",\"epoch\":").append(1 + step / 100)
                    .append(",\"name\":\"train/batch_loss\",\"value\":").append(1.0 / step).append(",\"time\":0}\n");
        }
        for (int i = 0; i < n; i++) {
            var folder = store.create("bench " + (i % 20));
            Files.writeString(folder.path().resolve("spec.json"), "{\"name\": \"bench " + (i % 20) + "\"}");
            Files.writeString(folder.metricsFile(), metrics);
            double recall = random.nextDouble();
            Map<String, Double> test = Map.of("recall@10", recall, "ndcg@10", recall / 2);
            Instant created = Instant.now().minusSeconds(n - i);
            folder.writeSummary(RunSummary.started(folder.id(), "bench " + (i % 20), "FPS",
                    Map.of("optimizer.lr", 0.001 * (1 + i % 5), "training.batchSize", 1024), "cpu", null, created));
            folder.writeStatus(new RunStatus(RunState.COMPLETED.name(), "completed", created.toString(), 3, 2, test,
                    Map.of("recall@10", 0.05), 300L, test));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
