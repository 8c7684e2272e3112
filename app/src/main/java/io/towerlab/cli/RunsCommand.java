package io.towerlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code towerlab runs ...}: list, inspect, compare, continue, move and delete saved runs. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "Work with the saved runs of a store.",
        subcommands = {RunsListCommand.class, RunsShowCommand.class, RunsDiffCommand.class,
                RunsReproduceCommand.class, RunsResumeCommand.class, RunsExportCommand.class,
                RunsImportCommand.class, RunsDeleteCommand.class, RunsSparkSubmitCommand.class,
                RunsRecallCommand.class})
public final class RunsCommand implements Runnable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
