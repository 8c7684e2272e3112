package io.towerlab.cli;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.data.generate.GeneratedLog;
import io.towerlab.core.data.generate.GeneratorPreset;
import io.towerlab.core.data.generate.GeneratorSettings;
import io.towerlab.core.data.generate.ReferenceMetrics;
import io.towerlab.core.data.generate.SearchLog;
import io.towerlab.core.data.generate.SearchLogGenerator;
import io.towerlab.core.data.generate.SearchSettings;
import io.towerlab.core.data.generate.SearchShape;
import io.towerlab.core.data.generate.SyntheticLogGenerator;
import io.towerlab.core.data.split.Splitter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code towerlab generate}: writes a synthetic click log with planted structure into a folder. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic click log with planted structure (latent vectors, categories, titles, "
                + "popularity skew): interactions.csv, documents.csv, queries.csv, dataset.json and reference.json.",
            "Presets: movies-small (2k queries x 1k documents x 60k clicks), movies (20k x 10k x 1M), "
                + "large (200k x 1M x 20M), search-small (a text search log: 5k query strings x 500 documents "
                + "x 40k clicks, test queries with unseen typos)."})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--preset", required = true, paramLabel = "NAME", description = "movies-small, movies, large or search-small")
    String preset;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write (created if needed)")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (preset.equalsIgnoreCase(SearchSettings.SEARCH_SMALL)) {
            return search(err);
        }
        GeneratorSettings settings;
        try {
            settings = GeneratorPreset.byId(preset).settings(seed);
        } catch (IllegalArgumentException e) {
            err.println("towerlab generate: " + e.getMessage());
            return 2;
        }
        long start = System.nanoTime();
        try (NDManager manager = NDManager.newBaseManager()) {
            GeneratedLog log = new SyntheticLogGenerator(new ReferenceMetrics(manager, new Splitter()))
                    .generate(settings, out);
            spec.commandLine().getOut().printf("wrote %d queries, %d documents, %d clicks to %s in %.1f s%n",
                    log.queryCount(), log.documentCount(), log.interactionCount(), out,
                    (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (IOException e) {
            err.println("towerlab generate: cannot write to " + out + ": " + e.getMessage()
                    + " (check that the folder is writable and the disk has space)");
            return 1;
        }
    }

    private int search(PrintWriter err) {
        long start = System.nanoTime();
        try (NDManager manager = NDManager.newBaseManager()) {
            SearchLog log = new SearchLogGenerator(new ReferenceMetrics(manager, new Splitter()))
                    .generate(SearchSettings.searchSmall(seed), out);
            SearchShape s = log.shape();
            spec.commandLine().getOut().printf("wrote %d queries, %d documents, %d clicks (train %d, valid %d, "
                    + "test %d) to %s in %.1f s%n", s.queries(), s.documents(), s.clicks(), s.trainClicks(),
                    s.validClicks(), s.testClicks(), out, (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (IOException e) {
            err.println("towerlab generate: cannot write to " + out + ": " + e.getMessage()
                    + " (check that the folder is writable and the disk has space)");
            return 1;
        }
    }
}
