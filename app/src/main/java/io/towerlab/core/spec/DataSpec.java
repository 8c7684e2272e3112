package io.towerlab.core.spec;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the click log is and how to read and split it.
 *
 * @param path         a file or folder; a relative path is relative to the folder of the spec file
 *                     (so a spec and its data can move together), see {@link #resolve(Path)}
 * @param format       the layout, or {@code auto} to detect it
 * @param minRelevance the click rule: rows with relevance ≥ this count as clicks; null means no extra
 *                     rule, so every row counts (a dataset manifest's own click rule still applies)
 * @param split        how interactions are divided into train, validation and test
 */
public record DataSpec(String path, DataFormat format, Double minRelevance, SplitSpec split) {

    public DataSpec {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(split, "split");
    }

    /**
     * The data's location: {@code path} itself when absolute, else {@code path} resolved against the folder
     * that holds the spec file (the working folder when the spec did not come from a file).
     */
    public Path resolve(Path specFolder) {
        Path given = Path.of(path);
        if (given.isAbsolute() || specFolder == null) {
            return given.normalize();
        }
        return specFolder.resolve(given).normalize();
    }
}
