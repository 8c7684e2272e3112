package io.towerlab;

import io.towerlab.cli.TowerlabCommand;
import io.towerlab.core.train.NativesCache;
import io.towerlab.ui.DesktopLauncher;

/**
 * The entry point of {@code towerlab.jar}: without arguments it opens the desktop app, with a
 * subcommand it runs headless; with only paths (a double-clicked file) it opens them in the desktop app. It must not extend a JavaFX {@code Application}: on the class path
 * the launcher would then refuse to start ("JavaFX runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        NativesCache.configureForInstalledApp();
        if (args.length == 0 || DesktopLauncher.isDesktopRequest(args) || opensFiles(args)) {
            DesktopLauncher.launch(args);
        } else {
            System.exit(TowerlabCommand.run(args));
        }
    }

    /** Paths only, none of them a command's name: a double-clicked file, opened in the desktop app. */
    private static boolean opensFiles(String[] args) {
        return !TowerlabCommand.commandLine().getSubcommands().containsKey(args[0])
                && DesktopLauncher.isFileList(args);
    }
}
