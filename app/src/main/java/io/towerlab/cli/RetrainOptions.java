package io.towerlab.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of the commands that train a saved run again: the run, its store, its data, JSON output. */
final class RetrainOptions {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "RUN", description = "A run id, a run folder, or latest:NAME.")
    String run;

    @Option(names = "--data", paramLabel = "PATH", description = "Read the dataset from here instead of the recorded path.")
    Path data;

    @Option(names = "--json", description = "Print the result as one JSON object on the last line of stdout.")
    boolean json;
}
