package io.towerlab.core.spec;

import java.util.List;

/**
 * A spec tree read as far as it goes: the spec (where a field has a problem, its default or a placeholder) and
 * every problem found; the spec is usable exactly when {@code problems} is empty.
 */
public record SpecCheck(ExperimentSpec spec, List<SpecProblem> problems) {

    public SpecCheck {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
