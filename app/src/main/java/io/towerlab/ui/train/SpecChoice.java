package io.towerlab.ui.train;

import java.nio.file.Path;

/** A spec file the user can pick, shown by its name without the extension. */
public record SpecChoice(Path file) {
    @Override
    public String toString() {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
