package io.towerlab.core.spec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An experiment spec that cannot be used, with every problem found (not just the first), each naming its
 * JSON path. The message lists them one per line, prefixed with the source (a file name), so it can be
 * shown to a person as is: {@code movies.json: training.epoch: unknown key; did you mean "epochs"?}.
 */
public final class SpecException extends Exception {

    private final String sourceName;
    private final transient List<SpecProblem> problems;

    public SpecException(String sourceName, List<SpecProblem> problems) {
        super(format(sourceName, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a SpecException needs at least one problem");
        }
        this.sourceName = sourceName;
        this.problems = List.copyOf(problems);
    }

    public String sourceName() {
        return sourceName;
    }

    public List<SpecProblem> problems() {
        return problems;
    }

    private static String format(String sourceName, List<SpecProblem> problems) {
        String source = sourceName == null || sourceName.isEmpty() ? "spec" : sourceName;
        if (problems.size() == 1) {
            SpecProblem only = problems.get(0);
            return source + (only.hasLocation() ? ":" : ": ") + only;
        }
        return source + ": " + problems.size() + " problems\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
