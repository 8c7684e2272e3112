package io.towerlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the headless command line: {@code towerlab <command> ...}. */
@Command(name = "towerlab", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "TowerLab: train and compare two-tower retrieval models.",
        subcommands = {DataCommand.class, GenerateCommand.class, TrainCommand.class, EvalCommand.class, RunsCommand.class,
                SpecCommand.class, BenchCommand.class, LessonCommand.class, CommandLine.HelpCommand.class})
public final class TowerlabCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Builds the command line with every subcommand registered. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new TowerlabCommand());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        return line;
    }

    /** Runs a command line and returns its exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }
}
