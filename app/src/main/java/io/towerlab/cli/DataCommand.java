package io.towerlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code towerlab data ...}: inspect click datasets. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Inspect click datasets.",
        subcommands = {DataStatsCommand.class})
public final class DataCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
