package io.towerlab.ui;

import io.towerlab.core.train.ComputeDevice;
import io.towerlab.core.train.EngineSetup;
import io.towerlab.ui.common.AppFolders;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.common.FxDispatcher;
import io.towerlab.ui.common.SettingsStore;
import io.towerlab.ui.common.SystemTheme;
import io.towerlab.ui.common.ThemeMode;
import io.towerlab.ui.common.UserError;
import io.towerlab.ui.shell.AppView;
import io.towerlab.ui.shell.FileKind;
import io.towerlab.ui.shell.MainWindow;
import io.towerlab.ui.shell.ShellViewModel;
import io.towerlab.ui.shell.WindowActions;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The desktop application: wires the settings, the background tasks and the FX-thread adapter into
 * the shell's view model and main window. Start options (also as {@code -Dtowerlab.view=} and
 * {@code -Dtowerlab.theme=}): {@code --view=data|compose|train|experiments}, {@code --theme=light|dark|system},
 * {@code --template=dssm|youtube|mf|clip} (the composer starts from that template),
 * {@code --open=PATH} (a dataset, spec, run bundle, lesson or lesson state; plain path arguments arrive through
 * {@link DesktopLauncher}'s inbox and are opened the same way),
 * {@code --start=KEY=VALUE,...} (start a run with these overrides once the dataset is
 * loaded, for demonstrations and for measuring the time to a first result).
 */
public final class TowerLabApp extends Application {
    private final FxDispatcher ui = new FxDispatcher();
    private ShellViewModel model;

    @Override
    public void start(Stage stage) {
        AppFolders folders = AppFolders.standard();
        Path settingsFile = Path.of(System.getProperty("towerlab.settings", folders.settingsFile().toString()));
        BackgroundTasks tasks = BackgroundTasks.threaded(ui);
        model = new ShellViewModel(new SettingsStore(settingsFile), tasks, EngineSetup::deviceName);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                ui.post(() -> model.report(UserError.of("An action", error))));
        Map<String, String> named = getParameters().getNamed();
        String theme = named.getOrDefault("theme", System.getProperty("towerlab.theme"));
        if (theme != null) {
            model.setTheme(ThemeMode.valueOf(theme.trim().toUpperCase(java.util.Locale.ROOT)));
        }
        model.viewProperty().set(AppView.parse(named.getOrDefault("view", System.getProperty("towerlab.view"))));
        if (named.containsKey("template")) {
            model.compose().applyTemplateWhenLoaded(io.towerlab.ui.compose.Template.valueOf(
                    named.get("template").trim().toUpperCase(java.util.Locale.ROOT)));
        }
        tasks.submit("Reading the system theme", context -> SystemTheme.prefersDark(),
                dark -> model.systemDarkProperty().set(dark), e -> { });
        MainWindow window = new MainWindow(model, actions(folders, stage));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1480, screen.getWidth()), Math.min(920, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("towerlab.css")).toExternalForm());
        stage.setTitle("TowerLab");
        stage.setScene(scene);
        stage.show();
        io.towerlab.ui.common.FxLatencyProbe.startIfRequested(ui);
        String autostart = named.get("start");
        if (autostart != null) {
            model.data().datasetProperty().addListener((o, old, data) -> {
                if (data != null && model.train().runs().isEmpty()) {
                    model.train().start(autostart.isBlank() ? java.util.List.of() : java.util.List.of(autostart.split(",")));
                }
            });
        }
        String open = named.get("open");
        if (open != null && FileKind.of(Path.of(open)) != FileKind.DATASET) {
            model.start();
            model.openFiles(java.util.List.of(Path.of(open)));
        } else if (open != null) {
            model.startWith(Path.of(open));
            if (named.containsKey("view")) {
                model.viewProperty().set(AppView.parse(named.get("view")));
            }
        } else {
            model.start();
        }
        DesktopLauncher.inbox().setReceiver(files -> ui.post(() -> {
            stage.toFront();
            model.openFiles(files);
        }));
        if (System.getProperty("towerlab.readyFile") != null) {
            signalReady(Path.of(System.getProperty("towerlab.readyFile")));
        }
    }

    /**
     * For the installer smoke test: appends a line to {@code file} when the dataset has loaded and when
     * the first run has finished with a recall curve.
     */
    private void signalReady(Path file) {
        model.data().statsProperty().addListener((o, old, stats) -> {
            if (stats != null) {
                append(file, "dataset " + stats.name());
            }
        });
        model.noticeProperty().addListener((o, old, text) -> {
            if (model.firstResultSeconds() != null && text.startsWith("first result")) {
                append(file, text);
            }
        });
    }

    private void append(Path file, String line) {
        try {
            Files.writeString(file, line + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            model.report(UserError.of("Writing " + file, e));
        }
    }

    /** The shell's view model, for tests that drive the running app. */
    public ShellViewModel model() {
        return model;
    }

    private WindowActions actions(AppFolders folders, Stage stage) {
        return new WindowActions() {
            @Override
            public void openLogFolder() {
                Path logs = folders.logs();
                Alert alert = new Alert(Alert.AlertType.INFORMATION, "The log file is in\n" + logs.toAbsolutePath());
                alert.setHeaderText("Log folder");
                alert.initOwner(stage);
                alert.show();
                try {
                    Files.createDirectories(logs);
                    if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                        new Thread(() -> openQuietly(logs), "open-logs").start();
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    model.report(UserError.of("Opening the log folder", e));
                }
            }

            @Override
            public void about() {
                model.tasks().submit("Listing the devices", context -> EngineSetup.devices().stream()
                        .map(ComputeDevice::line).collect(Collectors.joining("\n")), this::showAbout,
                        e -> showAbout("(unavailable: " + e.getMessage() + ")"));
            }

            private void showAbout(String devices) {
                Alert alert = new Alert(Alert.AlertType.INFORMATION, "A workbench for two-tower retrieval models.\n"
                        + "Version " + Objects.requireNonNullElse(TowerLabApp.class.getPackage()
                        .getImplementationVersion(), "development") + "\n\nTraining on: "
                        + model.deviceProperty().get().replaceFirst("^device: ", "") + "\nDevices:\n" + devices);
                alert.setHeaderText("TowerLab");
                alert.initOwner(stage);
                alert.show();
            }

            @Override
            public void quit() {
                Platform.exit();
            }
        };
    }

    private static void openQuietly(Path folder) {
        try {
            Desktop.getDesktop().open(folder.toFile());
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(TowerLabApp.class).info("could not open {}: {}", folder, e.getMessage());
        }
    }

    @Override
    public void stop() {
        ui.stop();
    }
}
