package io.towerlab.core.data;

import java.nio.file.Path;

/** Where a dataset was read from, in which format, and the SHA-256 of its files (for provenance). */
public record DatasetSource(Path path, DatasetFormat format, String sha256) {
}
