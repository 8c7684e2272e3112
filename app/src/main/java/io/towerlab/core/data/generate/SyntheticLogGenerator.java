package io.towerlab.core.data.generate;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetFormat;
import io.towerlab.core.data.DatasetSource;
import io.towerlab.core.data.IdDictionary;
import io.towerlab.core.data.InteractionsBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic click log with planted structure ({@link GeneratorSettings} describes the
 * model): {@code interactions.csv} (user_id,item_id,relevance,timestamp), {@code documents.csv}
 * (item_id,category,title) and {@code queries.csv} (user_id,segment). Rows are streamed to disk one
 * query at a time, so memory holds only the latent vectors. The same settings give byte-identical
 * files on every machine.
 *
 * <p>Every click has relevance 1. Documents carry no popularity column: the true popularity is the
 * bias the model should learn from clicks, and a column holding it would hand it over.
 */
public final class SyntheticLogGenerator {
    /** Logs with at most this many query × document pairs are also kept in memory for the oracle. */
    static final long IN_MEMORY_PAIRS = 250_000_000L;

    private final ReferenceMetrics reference;

    /** A generator that writes the oracle's and the popularity baseline's metrics to {@code reference.json}. */
    public SyntheticLogGenerator(ReferenceMetrics reference) {
        this.reference = reference;
    }

    /** A generator whose {@code reference.json} holds the settings only (no evaluation engine needed). */
    public SyntheticLogGenerator() {
        this(null);
    }

    public GeneratedLog generate(GeneratorSettings settings, Path folder) throws IOException {
        Files.createDirectories(folder);
        LatentWorld world = LatentWorld.create(settings);
        writeDocuments(world, folder.resolve(DatasetFiles.DOCUMENTS));
        writeQueries(world, folder.resolve(DatasetFiles.QUERIES));
        boolean inMemory = (long) settings.queries() * settings.documents() <= IN_MEMORY_PAIRS;
        InteractionsBuilder rows = inMemory ? new InteractionsBuilder(expectedRows(world)).withTimestamps(true) : null;
        long count = writeInteractions(world, folder.resolve(DatasetFiles.INTERACTIONS), rows);
        DatasetFiles.writeManifest(settings, folder.resolve(DatasetFiles.MANIFEST));
        GeneratedLog log = inMemory ? keptLog(settings, folder, world, rows, count)
                : new GeneratedLog(settings, settings.queries(), settings.documents(), count, null, 0, null, null);
        DatasetFiles.writeJson(reference == null ? new ReferenceMetrics.Reference(settings, null, 0, null, null)
                : reference.compute(log), folder.resolve(DatasetFiles.REFERENCE));
        return log;
    }

    private static GeneratedLog keptLog(GeneratorSettings settings, Path folder, LatentWorld world,
                                         InteractionsBuilder rows, long count) {
        ClickDataset dataset = new ClickDataset(settings.preset(),
                new DatasetSource(folder, DatasetFormat.MANIFEST, ""), ids(settings.queries()),
                ids(settings.documents()), rows.build(), null, null);
        int dim = settings.dimension() + 1;
        return new GeneratedLog(settings, settings.queries(), settings.documents(), count, dataset, dim,
                augmented(world.queryVectors, settings.queries(), world.dimension, null, 1 / settings.temperature()),
                augmented(world.documentVectors, settings.documents(), world.dimension, world.logPopularity,
                        settings.beta()));
    }

    private static int expectedRows(LatentWorld world) {
        long sum = 0;
        for (int c : world.queryClicks) {
            sum += c;
        }
        return (int) Math.min(Integer.MAX_VALUE - 16, sum);
    }

    private static IdDictionary ids(int count) {
        IdDictionary ids = new IdDictionary(count);
        for (int i = 1; i <= count; i++) {
            ids.getOrAdd(Integer.toString(i));
        }
        return ids;
    }

    /** Rows of {@code vectors} scaled by {@code scale} with one more column: {@code last[i] * scale}, or 1. */
    private static float[] augmented(float[] vectors, int rows, int dim, float[] last, double scale) {
        float[] out = new float[rows * (dim + 1)];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < dim; i++) {
                out[r * (dim + 1) + i] = last == null ? (float) (vectors[r * dim + i] * scale) : vectors[r * dim + i];
            }
            out[r * (dim + 1) + dim] = last == null ? 1f : (float) (last[r] * scale);
        }
        return out;
    }

    private static void writeDocuments(LatentWorld world, Path file) throws IOException {
        GeneratorSettings settings = world.settings;
        TitleMaker titles = new TitleMaker(settings.categories(), settings.seed());
        try (Writer out = writer(file)) {
            out.write("item_id,category,title\n");
            for (int d = 0; d < settings.documents(); d++) {
                SplittableRandom random = Seeds.stream(settings.seed(), Seeds.TITLES, d);
                int k = world.documentCategory[d];
                out.write(Integer.toString(d + 1));
                out.write(',');
                out.write(DatasetFiles.categoryName(k, settings.categories()));
                out.write(',');
                out.write(titles.title(k, random));
                out.write('\n');
            }
        }
    }

    private static void writeQueries(LatentWorld world, Path file) throws IOException {
        try (Writer out = writer(file)) {
            out.write("user_id,segment\n");
            for (int q = 0; q < world.settings.queries(); q++) {
                out.write(Integer.toString(q + 1));
                out.write(',');
                out.write(DatasetFiles.segmentName(world.querySegment[q], world.settings.families()));
                out.write('\n');
            }
        }
    }

    private static long writeInteractions(LatentWorld world, Path file, InteractionsBuilder rows) throws IOException {
        GeneratorSettings settings = world.settings;
        ClickSampler sampler = new ClickSampler(world);
        long count = 0;
        try (Writer out = writer(file)) {
            out.write("user_id,item_id,relevance,timestamp\n");
            StringBuilder line = new StringBuilder(64);
            for (int q = 0; q < settings.queries(); q++) {
                SplittableRandom random = Seeds.stream(settings.seed(), Seeds.CLICKS, q);
                int[] clicks = sampler.sample(q, random);
                long time = settings.startTime() + (long) (Seeds.open01(random) * settings.spanSeconds());
                for (int d : clicks) {
                    time += 1 + (long) (settings.meanGapSeconds() * Seeds.exponential(random));
                    line.setLength(0);
                    line.append(q + 1).append(',').append(d + 1).append(",1,").append(time).append('\n');
                    out.append(line);
                    if (rows != null) {
                        rows.add(q, d, 1f, time);
                    }
                }
                count += clicks.length;
            }
        }
        return count;
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
