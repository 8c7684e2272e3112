package io.towerlab;

import io.towerlab.cli.TowerlabCommand;
import io.towerlab.ui.DesktopLauncher;

/**
 * The entry point of {@code towerlab.jar}: without arguments it opens the desktop app, with a
 * subcommand it runs headless. It must not extend a JavaFX {@code Application}: on the class path
 * the launcher would then refuse to start ("JavaFX runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || DesktopLauncher.isDesktopRequest(args)) {
            DesktopLauncher.launch(args);
        } else {
            System.exit(TowerlabCommand.run(args));
        }
    }
}
