package io.towerlab.ui;

import io.towerlab.core.train.NativesCache;
import io.towerlab.ui.common.AppFolders;
import io.towerlab.ui.common.FileInbox;
import io.towerlab.ui.common.SingleInstance;
import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX desktop app; kept apart from {@code Main} so the CLI never loads JavaFX. Files to
 * open arrive in one {@link FileInbox}: the launch's path arguments (Linux, Windows), the desktop's
 * open-file event (macOS) and the files a second launch forwards to this one ({@link SingleInstance}).
 * The check is on in an installed app (double-clicks must reach the open window) and off when
 * started from a source checkout, where several instances side by side are normal;
 * {@code -Dtowerlab.singleInstance=true|false} decides either way.
 */
public final class DesktopLauncher {
    private static final FileInbox INBOX = new FileInbox();
    private static SingleInstance running;

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

    /** True when every argument is an existing file or folder: what a double-click on a file passes. */
    public static boolean isFileList(String[] args) {
        return args.length > 0 && Arrays.stream(args).allMatch(a -> !a.startsWith("-") && Files.exists(Path.of(a)));
    }

    /** The paths among the arguments (those that are not {@code --options}). */
    static List<Path> files(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("--")).map(Path::of).toList();
    }

    /** Where the running app receives files to open. */
    static FileInbox inbox() {
        return INBOX;
    }

    /**
     * Forwards the files to an already running TowerLab and returns, or logs to a rolling file in the
     * user's data folder (see logback-desktop.xml) and launches.
     */
    public static void launch(String[] args) {
        AppFolders folders = AppFolders.standard();
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("towerlab.log.dir", folders.logs().toString());
            System.setProperty("logback.configurationFile", "logback-desktop.xml");
        }
        List<Path> files = files(args);
        if (Boolean.parseBoolean(System.getProperty("towerlab.singleInstance",
                Boolean.toString(System.getProperty(NativesCache.INSTALLED_APP_PROPERTY) != null)))) {
            try {
                Optional<SingleInstance> claimed = SingleInstance.claim(folders.data(), INBOX::deliver);
                if (claimed.isEmpty() && SingleInstance.forward(folders.data(), files)) {
                    System.out.println("TowerLab is already running; it opens " + (files.isEmpty() ? "its window"
                            : files.size() + " file" + (files.size() == 1 ? "" : "s")) + ".");
                    return;
                }
                running = claimed.orElse(null);
            } catch (IOException e) {
                LoggerFactory.getLogger(DesktopLauncher.class).warn("starting without the single-instance check: {}",
                        e.toString());
            }
        }
        listenForDesktopOpenEvents();
        if (!files.isEmpty()) {
            INBOX.deliver(files);
        }
        Application.launch(TowerLabApp.class, args);
        closeQuietly();
    }

    /**
     * macOS sends double-clicked files as events, not arguments; AWT must see them before JavaFX starts.
     * Only there: on Linux, touching AWT's Desktop first loads GTK 2, and JavaFX then refuses to start.
     */
    private static void listenForDesktopOpenEvents() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac")
                || java.awt.GraphicsEnvironment.isHeadless()) {
            return;
        }
        if (Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
            Desktop.getDesktop().setOpenFileHandler(e -> INBOX.deliver(e.getFiles().stream().map(File::toPath).toList()));
        }
    }

    private static void closeQuietly() {
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                LoggerFactory.getLogger(DesktopLauncher.class).info("closing the instance lock: {}", e.toString());
            }
        }
    }
}
