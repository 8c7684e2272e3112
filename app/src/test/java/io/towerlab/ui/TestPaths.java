package io.towerlab.ui;

import java.nio.file.Path;

/** Shipped files as seen from the module folder, where the tests run. */
public final class TestPaths {
    public static final Path SAMPLE = Path.of("..", "sample-data", "movies-small").toAbsolutePath().normalize();
    public static final Path MALFORMED = Path.of("..", "sample-data", "malformed").toAbsolutePath().normalize();
    public static final Path EXPERIMENTS = Path.of("..", "experiments").toAbsolutePath().normalize();

    private TestPaths() {
    }
}
