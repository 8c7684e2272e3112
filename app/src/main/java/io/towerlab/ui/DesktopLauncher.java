package io.towerlab.ui;

import io.towerlab.ui.common.AppFolders;
import javafx.application.Application;

/** Starts the JavaFX desktop app; kept apart from {@code Main} so the CLI never loads JavaFX. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /**
     * True when the arguments ask for the desktop app rather than a command: files to open
     * ({@code --open=PATH}, or a plain lesson state path) or start options ({@code --view=}, {@code --theme=}, {@code --start=}).
     */
    public static boolean isDesktopRequest(String[] args) {
        return args.length > 0 && (args[0].startsWith("--open") || args[0].startsWith("--view=")
                || args[0].startsWith("--theme=") || args[0].startsWith("--start=")
                || args[0].endsWith(io.towerlab.core.lab.LessonStateFile.EXTENSION));
    }

    /** Logs to a rolling file in the user's data folder (see logback-desktop.xml), then launches. */
    public static void launch(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("towerlab.log.dir", AppFolders.standard().logs().toString());
            System.setProperty("logback.configurationFile", "logback-desktop.xml");
        }
        Application.launch(TowerLabApp.class, args);
    }
}
