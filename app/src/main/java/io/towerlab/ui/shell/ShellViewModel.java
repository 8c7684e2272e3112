package io.towerlab.ui.shell;

import io.towerlab.core.data.SampleData;
import io.towerlab.core.store.RunStore;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.common.Settings;
import io.towerlab.ui.common.SettingsStore;
import io.towerlab.ui.common.ThemeMode;
import io.towerlab.ui.common.UserError;
import io.towerlab.ui.compose.ComposeViewModel;
import io.towerlab.ui.data.DataViewModel;
import io.towerlab.ui.lab.LabViewModel;
import io.towerlab.ui.experiments.ExperimentsViewModel;
import io.towerlab.ui.train.RunState;
import io.towerlab.ui.train.TrainViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and commands of the main window: the current view, theme and zoom, the status bar, the one
 * error banner, the recent datasets and the persisted settings. It owns the views' view models.
 */
public final class ShellViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);
    static final double ZOOM_STEP = 0.1;

    private final SettingsStore settingsStore;
    private final BackgroundTasks tasks;
    private final Function<String, String> deviceProbe;
    private final long startNanos = System.nanoTime();
    private Settings settings;
    private final ObjectProperty<AppView> view = new SimpleObjectProperty<>(AppView.DATA);
    private final ObjectProperty<ThemeMode> theme = new SimpleObjectProperty<>();
    private final BooleanProperty systemDark = new SimpleBooleanProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final ObjectProperty<UserError> error = new SimpleObjectProperty<>();
    private final StringProperty device = new SimpleStringProperty("device: …");
    private final StringProperty notice = new SimpleStringProperty("");
    private final FileOpener files = new FileOpener(this);
    /** The shipped {@code experiments/} folder: beside {@code sample-data/}, wherever that was found. */
    private final java.util.Optional<Path> shippedExperiments = SampleData.find(SampleData.DEFAULT)
            .map(p -> p.getParent().getParent().resolve("experiments"));
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final DataViewModel data;
    private final TrainViewModel train;
    private final ComposeViewModel compose;
    private final LabViewModel lab;
    private final ExperimentsViewModel experiments;
    private final BooleanBinding dark = Bindings.createBooleanBinding(() -> theme.get().isDark(systemDark.get()),
            theme, systemDark);
    private Double firstResultSeconds;

    /**
     * @param deviceProbe the readable device name for the settings' device (starts the engine; slow)
     */
    public ShellViewModel(SettingsStore settingsStore, BackgroundTasks tasks, Function<String, String> deviceProbe) {
        this.settingsStore = settingsStore;
        this.tasks = tasks;
        this.deviceProbe = deviceProbe;
        this.settings = settingsStore.load();
        theme.set(settings.theme());
        zoom.set(settings.zoom());
        recent.setAll(settings.recentDatasets().stream().map(Path::of).toList());
        data = new DataViewModel(tasks, this::report);
        train = new TrainViewModel(tasks, this::report, this::store, data.datasetProperty());
        train.maxConcurrentProperty().set(settings.maxConcurrentRuns());
        compose = new ComposeViewModel(tasks, this::report, data.datasetProperty(), spec -> {
            train.addSpec(spec);
            view.set(AppView.TRAIN);
        }, this::store);
        lab = new LabViewModel(tasks, this::report, shippedExperiments.map(p -> p.resolve("lessons")).orElse(null));
        experiments = new ExperimentsViewModel(tasks, this::report, this::store);
        applyCpuFallback();
        data.pathProperty().addListener((o, old, path) -> remember(path));
        train.runs().addListener((javafx.collections.ListChangeListener<? super io.towerlab.ui.train.RunViewModel>)
                c -> noteFirstResult());
    }

    /** Opens the last dataset (or the shipped sample the first time) and finds the device, in the background. */
    public void start() {
        startWith(recent.isEmpty() ? SampleData.find(SampleData.DEFAULT).orElse(null) : recent.get(0));
    }

    /** Like {@link #start()}, but opens this dataset (when not null) instead of the most recent one. */
    public void startWith(Path dataset) {
        if (dataset != null) {
            data.open(dataset);
        }
        shippedExperiments.filter(java.nio.file.Files::isDirectory).ifPresent(train::addSpecsFrom);
        java.util.concurrent.CountDownLatch engineStarted = new java.util.concurrent.CountDownLatch(1);
        train.setBeforeRun(() -> awaitQuietly(engineStarted));
        compose.setBeforeMeasure(() -> awaitQuietly(engineStarted));
        tasks.submit("Starting the engine", context -> {
            try {
                return deviceProbe.apply(settings.device());
            } finally {
                engineStarted.countDown();
            }
        }, name -> device.set("device: " + name), e -> device.set("device: unavailable (" + e.getMessage() + ")"));
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(2, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public RunStore store() {
        return settings.store() == null ? RunStore.defaultStore() : new RunStore(Path.of(settings.store()));
    }

    public void openDataset(Path path) {
        view.set(AppView.DATA);
        data.open(path);
    }

    /** Opens files from the command line, the desktop, a second launch or a drop, each in its view. */
    public void openFiles(java.util.List<Path> paths) {
        files.open(paths);
    }

    /** The dispatcher of opened files, where views register the kinds they open. */
    public FileOpener files() {
        return files;
    }

    void announce(String text) {
        notice.set(text);
    }

    /** Allows or forbids training on the CPU when the GPU a run asks for cannot be used; saved in the settings. */
    public void setCpuFallback(boolean allowed) {
        update(settings.withCpuFallback(allowed));
        applyCpuFallback();
    }

    private void applyCpuFallback() {
        System.setProperty(io.towerlab.core.train.EngineSetup.CPU_FALLBACK, Boolean.toString(settings.cpuFallback()));
    }

    private void remember(Path path) {
        if (path != null) {
            update(settings.withRecent(path));
            recent.setAll(settings.recentDatasets().stream().map(Path::of).toList());
        }
    }

    private void noteFirstResult() {
        if (firstResultSeconds == null && train.runs().stream()
                .anyMatch(r -> r.stateProperty().get() == RunState.COMPLETED && !r.recall().isEmpty())) {
            firstResultSeconds = (System.nanoTime() - startNanos) / 1e9;
            LOG.info("time to first result: {} s from start to a finished run's recall", firstResultSeconds);
            notice.set(String.format(Locale.ROOT, "first result %.1f s after start", firstResultSeconds));
        }
    }

    /** Seconds from start to the first completed run with a recall curve, or null. */
    public Double firstResultSeconds() {
        return firstResultSeconds;
    }

    public void report(UserError problem) {
        error.set(problem);
    }

    public void dismissError() {
        error.set(null);
    }

    public void setTheme(ThemeMode mode) {
        theme.set(mode);
        update(settings.withTheme(mode));
    }

    public void zoomIn() {
        setZoom(zoom.get() + ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(zoom.get() - ZOOM_STEP);
    }

    public void resetZoom() {
        setZoom(1);
    }

    private void setZoom(double value) {
        update(settings.withZoom(Math.round(value * 100) / 100.0));
        zoom.set(settings.zoom());
    }

    private void update(Settings changed) {
        settings = changed;
        try {
            settingsStore.save(changed);
        } catch (IOException e) {
            report(UserError.of("Saving the settings to " + settingsStore.file(), e));
        }
    }

    public Settings settings() {
        return settings;
    }

    public DataViewModel data() {
        return data;
    }

    public TrainViewModel train() {
        return train;
    }

    public ComposeViewModel compose() {
        return compose;
    }

    public LabViewModel lab() {
        return lab;
    }

    public ExperimentsViewModel experiments() {
        return experiments;
    }

    public ObjectProperty<AppView> viewProperty() {
        return view;
    }

    public ReadOnlyObjectProperty<ThemeMode> themeProperty() {
        return theme;
    }

    /** Set by the view from the operating system's preference. */
    public BooleanProperty systemDarkProperty() {
        return systemDark;
    }

    public BooleanBinding darkProperty() {
        return dark;
    }

    public javafx.beans.property.ReadOnlyDoubleProperty zoomProperty() {
        return zoom;
    }

    public ReadOnlyObjectProperty<UserError> errorProperty() {
        return error;
    }

    public ObservableList<Path> recentDatasets() {
        return recent;
    }

    public StringBinding datasetLabel() {
        return Bindings.createStringBinding(() -> data.statsProperty().get() == null ? "no dataset"
                : String.format(Locale.ROOT, "%s · %,d clicks", data.statsProperty().get().name(),
                        data.statsProperty().get().interactions()), data.statsProperty());
    }

    public ReadOnlyStringProperty deviceProperty() {
        return device;
    }

    public StringBinding runsLabel() {
        return Bindings.createStringBinding(() -> train.runningProperty().get() + " running · "
                + tasks.jobs().size() + " job" + (tasks.jobs().size() == 1 ? "" : "s"), train.runningProperty(),
                tasks.jobs());
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }
}
