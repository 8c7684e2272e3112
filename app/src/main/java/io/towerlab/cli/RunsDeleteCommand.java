package io.towerlab.cli;

import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunState;
import io.towerlab.core.store.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code towerlab runs delete RUN --yes}: removes a run folder from the store. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a run from the store (needs --yes).")
public final class RunsDeleteCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "RUN", description = "A run id of the store.")
    String run;

    @Option(names = "--yes", description = "Really delete it.")
    boolean yes;

    @Override
    public Integer call() {
        try {
            RunFolder folder = store.reader().resolve(run);
            Path root = store.runStore().root().toAbsolutePath().normalize();
            if (!folder.path().toAbsolutePath().normalize().getParent().equals(root)) {
                System.err.println("error: " + folder.path() + " is not a run of the store " + root
                        + "; delete only runs of the store (give --store)");
                return CliErrors.USER_ERROR;
            }
            RunSummary summary = store.reader().summary(folder);
            if (summary.state() == RunState.RUNNING) {
                System.err.println("error: run " + folder.id() + " is still running; cancel it first");
                return CliErrors.USER_ERROR;
            }
            if (!yes) {
                System.err.println("run " + folder.id() + " (" + summary.status() + ") would be deleted with all its "
                        + "files; repeat with --yes to delete it");
                return CliErrors.USER_ERROR;
            }
            try (Stream<Path> walk = Files.walk(folder.path())) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            System.out.println("deleted run " + folder.id());
            return 0;
        } catch (Exception e) {
            return CliErrors.report(e, System.err);
        }
    }
}
