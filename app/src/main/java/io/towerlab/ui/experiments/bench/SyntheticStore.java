package io.towerlab.ui.experiments.bench;

import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunStatus;
import io.towerlab.core.store.RunStore;
import io.towerlab.core.store.RunSummary;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a store of made-up runs through the store's own API, for benchmarks and tests of the
 * Experiments view that need many runs or exact values without training: each run has a spec,
 * provenance, a metric log (a decaying, noisy training loss per step and validation values per
 * epoch), a completed status and a summary. Values are drawn from a seeded generator; they are
 * labelled synthetic in the spec's description and are not results of any model.
 */
public final class SyntheticStore {
    private static final String[] LOSSES = {"fps", "pairce", "softmax", "triplet"};

    private SyntheticStore() {
    }

    /**
     * Writes one run: experiment {@code name}, loss, seed, final recall@10 {@code recall10}, and
     * {@code steps} logged training steps over {@code epochs} epochs.
     */
    public static RunFolder run(RunStore store, String name, String loss, int seed, double recall10, int steps,
                                int epochs) throws IOException {
        RunFolder run = store.create(name);
        run.writeSpec(String.format(Locale.ROOT, "{\"name\":\"%s\",\"description\":\"synthetic run for tests and"
                + " benchmarks\",\"loss\":{\"type\":\"%s\"},\"optimizer\":{\"type\":\"adam\",\"lr\":0.005},"
                + "\"training\":{\"epochs\":%d,\"seed\":%d}}", name, loss, epochs, seed));
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("dataset", Map.of("path", store.root().resolve("no-data").toString(), "sha256", "0"));
        provenance.put("seed", seed);
        provenance.put("startTime", Instant.now().toString());
        run.writeProvenance(provenance);
        Map<String, Object> hyper = new LinkedHashMap<>();
        hyper.put("loss.type", loss);
        hyper.put("optimizer.lr", 0.005);
        hyper.put("training.epochs", epochs);
        hyper.put("training.seed", seed);
        run.writeSummary(RunSummary.started(run.id(), name, loss, hyper, "cpu", null, Instant.now()));
        SplittableRandom random = new SplittableRandom(seed * 31L + name.hashCode());
        writeLog(run, random, steps, epochs, recall10);
        Map<String, Double> metrics = Map.of("recall@10", recall10, "recall@50", Math.min(1, recall10 * 2.1),
                "recall@100", Math.min(1, recall10 * 2.8), "ndcg@10", recall10 * 0.55);
        Map<String, Double> baseline = Map.of("recall@10", 0.0965, "recall@50", 0.2925, "recall@100", 0.4305);
        run.writeStatus(new RunStatus("COMPLETED", null, Instant.now().toString(), epochs, epochs, metrics, baseline,
                (long) steps, metrics));
        return run;
    }

    private static void writeLog(RunFolder run, SplittableRandom random, int steps, int epochs, double recall10)
            throws IOException {
        long time = System.currentTimeMillis() - steps * 50L;
        StringBuilder lines = new StringBuilder();
        int perEpoch = Math.max(1, steps / epochs);
        for (int step = 1; step <= steps; step++) {
            int epoch = Math.min(epochs - 1, (step - 1) / perEpoch);
            double loss = 1 + 5 * Math.exp(-step / (steps / 4.0)) + 0.3 * random.nextGaussian();
            line(lines, step, epoch, "train/batch_loss", loss, time + step * 50L);
            if (step % perEpoch == 0) {
                double progress = (double) step / steps;
                line(lines, step, epoch, "valid/loss", 1.2 + 4 * Math.exp(-4 * progress), time + step * 50L);
                line(lines, step, epoch, "valid/recall@10", recall10 * Math.sqrt(progress), time + step * 50L);
            }
        }
        try (Writer out = Files.newBufferedWriter(run.metricsFile(), StandardCharsets.UTF_8)) {
            out.write(lines.toString());
        }
    }

    private static void line(StringBuilder out, long step, int epoch, String name, double value, long time) {
        out.append(String.format(Locale.ROOT, "{\"step\":%d,\"epoch\":%d,\"name\":\"%s\",\"value\":%.6f,\"time\":%d}%n",
                step, epoch, name, value, time));
    }

    /** {@code count} runs: experiments of four losses, each over several seeds. */
    public static List<RunFolder> many(RunStore store, int count, int steps) throws IOException {
        List<RunFolder> out = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String loss = LOSSES[i % LOSSES.length];
            int seed = i / LOSSES.length;
            out.add(run(store, "bench-" + loss + "-" + (seed % 50), loss, seed, 0.2 + 0.05 * (i % LOSSES.length)
                    + 0.002 * (seed % 7), steps, 10));
        }
        return out;
    }
}
