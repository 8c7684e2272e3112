package io.towerlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetFormat;
import io.towerlab.core.data.DatasetSource;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.FeatureTable;
import io.towerlab.core.data.IdDictionary;
import io.towerlab.core.data.InteractionsBuilder;
import io.towerlab.core.data.split.SplitOptions;
import io.towerlab.core.data.split.Splitter;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.train.BatchEvent;
import io.towerlab.core.train.CancelToken;
import io.towerlab.core.train.MemoryUse;
import io.towerlab.core.train.StepTimes;
import io.towerlab.core.train.TrainedModel;
import io.towerlab.core.train.TrainingListener;
import io.towerlab.core.train.TrainingResult;
import io.towerlab.core.train.TwoTowerTrainer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code towerlab bench train}: trains the reference ID two-tower (or a letter-trigram or transformer tower
 * over synthetic texts) on generated clicks and prints throughput and where step time goes, so the Java side's
 * share is visible.
 */
@Command(name = "train", description = "Measure training throughput and where step time goes.")
public final class BenchTrainCommand implements Callable<Integer> {

    @Option(names = "--documents", split = ",", description = "Catalogue sizes to measure (default: 10000).")
    List<Integer> documents = List.of(10_000);

    @Option(names = "--queries", description = "Number of queries (default: 20000).")
    int queries = 20_000;

    @Option(names = "--steps", description = "Training steps per measurement (default: 200).")
    int steps = 200;

    @Option(names = "--batch", description = "Batch size (default: 1024).")
    int batch = 1024;

    @Option(names = "--dim", description = "Embedding size (default: 64).")
    int dim = 64;

    @Option(names = "--loss", description = "fps, softmax, pairce or triplet (default: fps).")
    String loss = "fps";

    @Option(names = "--threads", description = "Engine intra-op threads; 0 = automatic (default).")
    int threads;

    @Option(names = "--tower", description = "Tower inputs: id (default), trigram (letter-trigram hashing, 30000 "
            + "buckets) or transformer (2 layers, 4 heads, 16 words) over synthetic texts; --dim sets their width.")
    String tower = "id";

    @Option(names = "--devices", split = ",", description = "Split each step over these devices (training.devices),"
            + " e.g. gpu:0,gpu:1; cpu,cpu measures the split step's own cost on the one CPU.")
    List<String> devices = List.of();

    @Option(names = "--interactions", description = "Clicks in the generated log (default: steps x batch, one epoch); "
            + "with more, training stops after --steps steps and the memory of the whole run is reported.")
    long interactions;

    @Override
    public Integer call() throws Exception {
        String input = input();
        System.out.printf(Locale.ROOT, "%s two-tower: %s loss, batch %d, %d dims, %d steps, %d queries%s%n",
                tower, loss, batch, dim, steps, queries,
                devices.isEmpty() ? "" : ", step split over " + String.join(" + ", devices));
        System.out.printf(Locale.ROOT, "%10s %9s %11s %9s %9s %9s %9s %9s %10s%n", "documents", "steps/s",
                "examples/s", "prepare", "wait", "forward", "backward", "optim", "java share");
        long rows = interactions > 0 ? interactions : (long) steps * batch;
        if (rows > Integer.MAX_VALUE) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--interactions must be at most " + Integer.MAX_VALUE);
        }
        for (int n : documents) {
            ClickDataset data = zipfClicks(queries, n, (int) rows, 11);
            if (!tower.equals("id")) {
                data = BenchTexts.withTexts(data, 12);
            }
            DatasetSplit split = new Splitter().split(data, SplitOptions.random(0.0, 0.01, 5));
            CancelToken cancel = new CancelToken();
            HeapPeaks.reset();
            double cpu = ProcessCpu.seconds();
            try (TrainedModel trained = new TwoTowerTrainer(spec(input), data, split)
                    .train(new StopAfter(steps, cancel), cancel)) {
                print(n, trained.result());
            }
            System.out.printf(Locale.ROOT, "%10s process CPU %.1f s for the run (setup, steps, evaluation)%n", "",
                    ProcessCpu.seconds() - cpu);
            if (interactions > 0) {
                System.out.printf(Locale.ROOT, "%10s %,d interactions, %,d queries: stopped after %d steps; peak heap "
                                + "%,d of %,d MB (dataset, split, model, training); peak process resident %,d MB%n", "",
                        rows, queries, steps, HeapPeaks.peak() >> 20, Runtime.getRuntime().maxMemory() >> 20,
                        MemoryUse.peakResidentBytes() >> 20);
            }
        }
        System.out.println("prepare: building batches on the prefetch thread (overlapped with the engine);"
                + " wait: engine idle waiting for a batch; java share = wait / step wall time");
        return 0;
    }

    /** Stops the run after a number of steps. */
    private record StopAfter(long steps, CancelToken cancel) implements TrainingListener {
        @Override
        public void onBatch(BatchEvent event) {
            if (event.step() >= steps) {
                cancel.cancel();
            }
        }
    }

    private void print(int n, TrainingResult r) {
        StepTimes t = r.stepTimes();
        double wall = t.waitForBatch() + t.engine();
        System.out.printf(Locale.ROOT, "%10d %9.1f %11.0f %8.2fs %8.2fs %8.2fs %8.2fs %8.2fs %9.1f%%%n", n,
                t.steps() / wall, r.examplesPerSecond(), t.prepare(), t.waitForBatch(), t.forward(), t.backward(),
                t.optimizer(), 100 * t.javaShare(wall));
    }

    private String input() {
        return switch (tower) {
            case "id" -> "{\"type\": \"id\", \"dim\": " + dim + "}";
            case "trigram" -> "{\"type\": \"trigram\", \"column\": \"" + BenchTexts.COLUMN + "\", \"dim\": " + dim + "}";
            case "transformer" -> "{\"type\": \"transformer\", \"column\": \"" + BenchTexts.COLUMN + "\", \"dim\": "
                    + dim + ", \"layers\": 2, \"heads\": 4, \"maxLength\": 16, \"minCount\": 1}";
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--tower must be id, trigram or transformer, got '" + tower + "'");
        };
    }

    private ExperimentSpec spec(String input) throws Exception {
        String json = """
                {"name": "bench", "data": {"path": "generated", "split": {"type": "random", "validFraction": 0,
                  "testFraction": 0.01}},
                 "queryTower": {"inputs": [%s]},
                 "docTower": {"inputs": [%s]},
                 "similarity": {"type": "cosine", "temperature": 0.05},
                 "loss": {"type": "%s"},
                 "negatives": {"sampler": "uniform", "count": 10},
                 "optimizer": {"type": "adam", "lr": 0.005},
                 "training": {"epochs": 1, "batchSize": %d, "seed": 1, "threads": %d%s},
                 "evaluation": {"ks": [10], "metric": "recall@10"}}
                """.formatted(input, input, loss, batch, threads, devices.isEmpty() ? ""
                : ", \"devices\": " + new ObjectMapper().valueToTree(devices));
        return new SpecReader().read(json, "bench");
    }

    /** Clicks with Zipf-like document popularity (exponent ~1), one timestamp per row. */
    static ClickDataset zipfClicks(int queryCount, int documentCount, int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        IdDictionary queries = new IdDictionary(queryCount);
        for (int q = 0; q < queryCount; q++) {
            queries.getOrAdd(Integer.toString(q));
        }
        IdDictionary docs = new IdDictionary(documentCount);
        for (int d = 0; d < documentCount; d++) {
            docs.getOrAdd(Integer.toString(d));
        }
        double logN = Math.log(documentCount + 1.0);
        InteractionsBuilder log = new InteractionsBuilder(rows).withTimestamps(true);
        for (int i = 0; i < rows; i++) {
            int d = (int) Math.min(documentCount - 1, Math.exp(random.nextDouble() * logN) - 1);
            log.add(random.nextInt(queryCount), d, 1f, i);
        }
        return new ClickDataset("bench", new DatasetSource(Path.of("generated"), DatasetFormat.CSV, "none"),
                queries, docs, log.build(), FeatureTable.empty(), FeatureTable.empty());
    }
}
