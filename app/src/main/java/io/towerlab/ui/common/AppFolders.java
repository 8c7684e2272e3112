package io.towerlab.ui.common;

import dev.dirs.ProjectDirectories;
import java.nio.file.Path;

/**
 * The desktop app's folders: settings in the user's config folder, the log in the data folder
 * (XDG on Linux, AppData on Windows, Library on macOS).
 */
public record AppFolders(Path config, Path data) {

    public static AppFolders standard() {
        ProjectDirectories dirs = ProjectDirectories.from("io", "TowerLab", "TowerLab");
        return new AppFolders(Path.of(dirs.configDir), Path.of(dirs.dataDir));
    }

    public Path settingsFile() {
        return config.resolve("settings.json");
    }

    public Path logs() {
        return data.resolve("logs");
    }
}
