package io.towerlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code towerlab bench ...}: measure the speed of the core on generated data. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed on generated data.",
        subcommands = {BenchImportCommand.class, BenchTrainCommand.class, BenchEvalCommand.class,
                BenchStoreCommand.class, BenchLatencyCommand.class, BenchProjectionCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
