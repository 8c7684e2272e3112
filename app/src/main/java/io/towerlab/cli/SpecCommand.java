package io.towerlab.cli;

import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.Hyperparameter;
import io.towerlab.core.spec.HyperparameterRegistry;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.spec.SpecWriter;
import io.towerlab.core.spec.TowerShapes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code towerlab spec check|show|keys}: validate experiment specs, print one with its defaults, list the hyperparameters. */
@Command(name = "spec", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check experiment specs, show one with every default filled in, or list the hyperparameters.")
public final class SpecCommand {

    @picocli.CommandLine.Spec
    CommandSpec command;

    private final HyperparameterRegistry registry = HyperparameterRegistry.standard();

    @Command(name = "check", description = "Validate spec files; prints every problem with its JSON path. "
            + "Exit code 1 when any file has a problem.")
    int check(@Parameters(paramLabel = "SPEC.json", arity = "1..*") List<Path> files,
              @Option(names = "--set", paramLabel = "KEY=VALUE",
                      description = "Override a value before validation, e.g. --set training.epochs=3")
              List<String> overrides) {
        SpecReader reader = new SpecReader(registry);
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        int failed = 0;
        for (Path file : files) {
            try {
                ExperimentSpec spec = reader.read(file, orEmpty(overrides));
                out.printf("%s: valid (%s loss, towers end in %d dimensions)%n", file.getFileName(),
                        spec.loss().type().jsonName(), TowerShapes.outputDim(spec.queryTower()));
            } catch (SpecException e) {
                err.println(e.getMessage());
                failed++;
            }
        }
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    @Command(name = "show", description = "Print a spec as JSON with every default filled in.")
    int show(@Parameters(paramLabel = "SPEC.json") Path file,
             @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a value first")
             List<String> overrides) {
        try {
            ExperimentSpec spec = new SpecReader(registry).read(file, orEmpty(overrides));
            command.commandLine().getOut().print(new SpecWriter().write(spec));
            command.commandLine().getOut().flush();
            return 0;
        } catch (SpecException e) {
            command.commandLine().getErr().println(e.getMessage());
            command.commandLine().getErr().flush();
            return 1;
        }
    }

    @Command(name = "keys", description = "List every hyperparameter: key, default, valid range or choices, help.")
    int keys() {
        PrintWriter out = command.commandLine().getOut();
        for (Hyperparameter entry : registry.all()) {
            out.printf("%-34s %-14s %-28s %s%n", entry.key(), String.valueOf(entry.defaultValue()), range(entry),
                    entry.help());
        }
        out.flush();
        return 0;
    }

    private static String range(Hyperparameter entry) {
        if (!entry.allowed().isEmpty()) {
            return String.join("|", entry.allowed());
        }
        List<String> bounds = new ArrayList<>();
        if (entry.min() != null) {
            bounds.add((entry.minExclusive() ? "> " : ">= ") + Hyperparameter.number(entry.min()));
        }
        if (entry.max() != null) {
            bounds.add("<= " + Hyperparameter.number(entry.max()));
        }
        return bounds.isEmpty() ? entry.kind().name().toLowerCase() : String.join(", ", bounds);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
