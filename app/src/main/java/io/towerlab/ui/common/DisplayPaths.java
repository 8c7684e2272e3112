package io.towerlab.ui.common;

import java.nio.file.Path;

/**
 * Shortens a path for display: relative to the working folder when inside it (a source
 * checkout's {@code sample-data/movies-small}), {@code ~/…} inside the home folder, else as is.
 */
public final class DisplayPaths {
    private DisplayPaths() {
    }

    public static String of(Path path) {
        if (path == null) {
            return "";
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path working = Path.of("").toAbsolutePath().normalize();
        if (absolute.startsWith(working) && !absolute.equals(working)) {
            return working.relativize(absolute).toString();
        }
        Path home = Path.of(System.getProperty("user.home", "/")).toAbsolutePath().normalize();
        if (absolute.startsWith(home) && !absolute.equals(home) && home.getNameCount() > 0) {
            return "~" + java.io.File.separator + home.relativize(absolute);
        }
        return absolute.toString();
    }
}
