package io.towerlab.ui;

import javafx.application.Application;

/** Starts the JavaFX desktop app; kept apart from {@code Main} so the CLI never loads JavaFX. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /** True when the arguments ask for the desktop app (e.g. files to open) rather than a command. */
    public static boolean isDesktopRequest(String[] args) {
        return args.length > 0 && args[0].startsWith("--open");
    }

    public static void launch(String[] args) {
        Application.launch(TowerLabApp.class, args);
    }
}
