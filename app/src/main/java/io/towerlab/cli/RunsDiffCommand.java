package io.towerlab.cli;

import io.towerlab.core.store.RunDiff;
import io.towerlab.core.store.RunReader;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code towerlab runs diff A B}: the differences between two runs' specs and provenance. */
@Command(name = "diff", mixinStandardHelpOptions = true, description = "List the spec and provenance differences of two runs.")
public final class RunsDiffCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "A")
    String left;

    @Parameters(index = "1", paramLabel = "B")
    String right;

    @Option(names = "--json", description = "Print a JSON array of {file, path, left, right}.")
    boolean json;

    @Override
    public Integer call() {
        try {
            RunReader reader = store.reader();
            List<RunDiff.Difference> diff = RunDiff.between(reader.resolve(left), reader.resolve(right));
            if (json) {
                System.out.println(RunsCommand.JSON.writeValueAsString(diff));
            } else if (diff.isEmpty()) {
                System.out.println("same spec and provenance");
            } else {
                for (RunDiff.Difference d : diff) {
                    System.out.println(d.file() + " " + d.path() + ": " + shown(d.left()) + " -> " + shown(d.right()));
                }
            }
            return 0;
        } catch (Exception e) {
            return CliErrors.report(e, System.err);
        }
    }

    private static String shown(String value) {
        return value == null ? "(absent)" : value;
    }
}
