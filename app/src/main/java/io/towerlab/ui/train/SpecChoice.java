package io.towerlab.ui.train;

import io.towerlab.core.spec.ExperimentSpec;
import java.nio.file.Path;

/**
 * A spec the user can pick: a spec file, shown by its name without the extension, or a spec composed in the
 * app ({@code spec} set, {@code file} null), shown by its name.
 */
public record SpecChoice(Path file, ExperimentSpec spec) {

    public SpecChoice(Path file) {
        this(file, null);
    }

    /** A spec composed in the app, not (or not yet) saved to a file. */
    public static SpecChoice composed(ExperimentSpec spec) {
        return new SpecChoice(null, spec);
    }

    public boolean isComposed() {
        return spec != null;
    }

    @Override
    public String toString() {
        if (spec != null) {
            return spec.name() + " (composed)";
        }
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
