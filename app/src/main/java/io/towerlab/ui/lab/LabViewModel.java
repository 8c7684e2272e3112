package io.towerlab.ui.lab;

import com.fasterxml.jackson.databind.JsonNode;
import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.lab.LabBatch;
import io.towerlab.core.lab.LabRunner;
import io.towerlab.core.lab.LabSettings;
import io.towerlab.core.lab.LabSwitch;
import io.towerlab.core.lab.Lesson;
import io.towerlab.core.lab.LessonPlayer;
import io.towerlab.core.lab.LessonStateFile;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.common.JobContext;
import io.towerlab.ui.common.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * State and commands of the loss lab: the switches, the latest batch's matrices (at most one update
 * per frame), stepping or running the session, and evaluating; lessons are played by a
 * {@link LessonController}, which reaches the lab through the small {@link LessonHost} interface. Training
 * runs in background jobs, one at a time; switch changes take effect from the next batch.
 */
public final class LabViewModel {
    /** The spec the lab starts from when no lesson is open, relative to the lessons folder. */
    static final String DEFAULT_SPEC = "specs/movies-small-lab.json";

    private final BackgroundTasks tasks;
    private final Consumer<UserError> report;
    private final Path lessonsFolder;
    private final LabRunner runner = new LabRunner();
    private final AtomicReference<LabBatch> latest = new AtomicReference<>();
    private final AtomicBoolean keepRunning = new AtomicBoolean();
    private final ObjectProperty<LabSettings> settings = new SimpleObjectProperty<>();
    private final ObjectProperty<LabBatch> batch = new SimpleObjectProperty<>();
    private final ObjectProperty<MetricSet> metrics = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty presenting = new SimpleBooleanProperty();
    private final IntegerProperty selectedRow = new SimpleIntegerProperty(0);
    private final StringProperty status = new SimpleStringProperty("Not started: press Step or Run to train the first batch.");
    private final StringProperty note = new SimpleStringProperty("");
    private final LessonController lessonController;
    private Path dataset;
    /** True when the session no longer matches the settings' dataset and spec (a lesson was opened). */
    private boolean stale = true;
    private long runStart;
    private long runStartStep;

    /** @param lessonsFolder the shipped lessons (experiments/lessons), or null when not found */
    public LabViewModel(BackgroundTasks tasks, Consumer<UserError> report, Path lessonsFolder) {
        this.tasks = tasks;
        this.report = report;
        this.lessonsFolder = lessonsFolder;
        tasks.ui().onEveryFrame(this::frame);
        lessonController = new LessonController(new Host(), report, lessonsFolder);
    }

    private void frame() {
        LabBatch b = latest.getAndSet(null);
        if (b == null) {
            return;
        }
        batch.set(b);
        if (selectedRow.get() >= b.rows()) {
            selectedRow.set(0);
        }
        double seconds = (System.nanoTime() - runStart) / 1e9;
        String speed = running.get() && seconds > 0.5
                ? String.format(Locale.ROOT, " · %.0f batches/s", (b.step() - runStartStep) / seconds) : "";
        status.set(String.format(Locale.ROOT, "step %d · batch loss %.3f · τ %.3f · B = %d%s", b.step(), b.loss(),
                b.temperature(), b.rows(), speed) + (Float.isFinite(b.loss()) ? ""
                : " · the loss is not finite: lower the learning rate or raise τ, then Reset"));
    }

    /** Loads the default spec (once), without training. */
    public void ensureSettings() {
        if (settings.get() != null || lessonsFolder == null) {
            return;
        }
        Path spec = lessonsFolder.resolve(DEFAULT_SPEC);
        try {
            SpecReader reader = new SpecReader();
            JsonNode tree = reader.parse(Files.readString(spec), spec.getFileName().toString());
            LabSettings start = LabSettings.of(tree, spec.getFileName().toString(), List.of());
            settings.set(start);
            dataset = start.spec().data().resolve(spec.getParent());
        } catch (IOException | SpecException e) {
            report.accept(UserError.of("Reading the lab's starting spec", e));
        }
    }

    /** Trains one batch. */
    public void step() {
        train("Loss lab: one batch", 1, false);
    }

    /** Trains batch after batch until paused. */
    public void toggleRun() {
        if (running.get()) {
            keepRunning.set(false);
            return;
        }
        train("Loss lab: training", Integer.MAX_VALUE, true);
    }

    private void train(String title, int batches, boolean continuous) {
        ensureSettings();
        if (busy.get() || settings.get() == null) {
            return;
        }
        LabSettings current = settings.get();
        startJob(title, continuous, (fresh, context) -> {
            if (fresh || !runner.started()) {
                runner.reset(current, dataset);
            }
            return runner.run(batches, () -> keepRunning.get() && !context.cancelToken().isCancelled(), latest::set);
        }, this::finished);
    }

    /** A job on the runner, on the worker thread; {@code fresh} when the weights no longer match the session. */
    @FunctionalInterface
    private interface Job<T> {
        T run(boolean fresh, JobContext context) throws Exception;
    }

    /** Starts a training job and marks the lab busy (and, if continuous, running); {@code done} clears that. */
    private <T> void startJob(String title, boolean continuous, Job<T> job, Consumer<T> done) {
        busy.set(true);
        running.set(continuous);
        keepRunning.set(true);
        runStart = System.nanoTime();
        runStartStep = batch.get() == null ? 0 : batch.get().step();
        boolean fresh = stale;
        stale = false;
        tasks.submit(title, context -> job.run(fresh, context), done, this::failed);
    }

    private void finished(List<String> changes) {
        busy.set(false);
        running.set(false);
        if (!changes.isEmpty()) {
            note.set("Applied: " + String.join("; ", changes) + ".");
        }
    }

    private void failed(Exception e) {
        busy.set(false);
        running.set(false);
        report.accept(UserError.of("The loss lab", e));
    }

    /** Sets a switch for the next batches; a value the spec rejects is reported and not applied. */
    public void set(LabSwitch s, String value) {
        ensureSettings();
        LabSettings current = settings.get();
        if (current == null || value == null || value.equals(current.value(s))) {
            return;
        }
        try {
            LabSettings next = current.with(s, value);
            settings.set(next);
            runner.offer(next);
            note.set(s.explanation());
        } catch (SpecException e) {
            report.accept(UserError.of("Changing " + s.key(), e));
            settings.set(null);
            settings.set(current);
        }
    }

    /** Starts again from fresh weights (same seed) with the current switches. */
    public void resetWeights() {
        ensureSettings();
        if (busy.get() || settings.get() == null) {
            return;
        }
        LabSettings current = settings.get();
        startJob("Loss lab: fresh weights", false, (fresh, context) -> {
            runner.reset(current, dataset);
            return runner.run(1, () -> true, latest::set);
        }, changes -> {
            finished(changes);
            metrics.set(null);
            note.set("Fresh weights from the spec's seed; the batch above is the first of the new run.");
        });
    }

    /** Measures the current weights on the validation part. */
    public void evaluate() {
        if (busy.get() || stale || !runner.started()) {
            return;
        }
        busy.set(true);
        tasks.submit("Loss lab: evaluating", context -> runner.evaluate(), m -> {
            busy.set(false);
            metrics.set(m);
        }, this::failed);
    }

    /** Opens a lesson file (or a saved lesson state, replayed to its step) and shows its first step. */
    public void open(Path file) {
        lessonController.open(file);
    }

    /** One beat of the lesson: run the shown step, or show the next one. */
    public void advance() {
        lessonController.advance();
    }

    /** Saves where the lesson is as a {@value LessonStateFile#EXTENSION} file. */
    public void saveState(Path file) {
        lessonController.saveState(file);
    }

    /** Caps the batches of each lesson step (for quick rehearsals and tests); the lesson's texts are unchanged. */
    void setMaxBatchesPerStep(int max) {
        lessonController.setMaxBatchesPerStep(max);
    }

    /** Leaves the lesson; the switches stay as they are. */
    public void closeLesson() {
        lessonController.close();
    }

    public ReadOnlyObjectProperty<LabSettings> settingsProperty() {
        return settings;
    }

    public ReadOnlyObjectProperty<LabBatch> batchProperty() {
        return batch;
    }

    public ReadOnlyObjectProperty<MetricSet> metricsProperty() {
        return metrics;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty presentingProperty() {
        return presenting;
    }

    public IntegerProperty selectedRowProperty() {
        return selectedRow;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty noteProperty() {
        return note;
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lessonController.lessonProperty();
    }

    /** The lesson's player; re-set after every beat so that listeners see the change. */
    public ReadOnlyObjectProperty<LessonPlayer> playerProperty() {
        return lessonController.playerProperty();
    }

    /** The lesson file open (null for none, or for a lesson opened from a state file). */
    public ReadOnlyObjectProperty<Path> lessonFileProperty() {
        return lessonController.lessonFileProperty();
    }

    public ObservableList<Path> lessons() {
        return lessonController.lessons();
    }

    /** The lab as a lesson sees it. */
    private final class Host implements LessonHost, LessonHost.Runner {
        @Override
        public boolean busy() {
            return busy.get();
        }

        @Override
        public LabSettings settings() {
            return settings.get();
        }

        @Override
        public MetricSet metrics() {
            return metrics.get();
        }

        @Override
        public void showSettings(LabSettings next) {
            settings.set(next);
        }

        @Override
        public void showMetrics(MetricSet next) {
            metrics.set(next);
        }

        @Override
        public void note(String text) {
            note.set(text);
        }

        @Override
        public void load(Lesson lesson) {
            settings.set(lesson.settings());
            dataset = lesson.dataset();
            stale = true;
            metrics.set(null);
            note.set(lesson.summary());
        }

        @Override
        public <T> void background(String title, Callable<T> work, Consumer<T> done) {
            busy.set(true);
            tasks.submit(title, context -> work.call(), result -> {
                busy.set(false);
                done.accept(result);
            }, LabViewModel.this::failed);
        }

        @Override
        public void train(String title, Training work, Consumer<MetricSet> done) {
            startJob(title, false, (fresh, context) -> work.run(this, fresh), m -> {
                busy.set(false);
                done.accept(m);
            });
        }

        @Override
        public void reset(LabSettings start) throws Exception {
            runner.reset(start, dataset);
        }

        @Override
        public MetricSet perform(LessonPlayer.Run run, int maxBatches, MetricSet previous) throws Exception {
            return runner.perform(run, dataset, maxBatches, keepRunning::get, latest::set, previous);
        }

        @Override
        public void offer(LabSettings next) {
            runner.offer(next);
        }
    }
}
