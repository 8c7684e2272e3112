package io.towerlab.ui.lab;

import com.fasterxml.jackson.databind.JsonNode;
import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.lab.LabBatch;
import io.towerlab.core.lab.LabRunner;
import io.towerlab.core.lab.LabSettings;
import io.towerlab.core.lab.LabSwitch;
import io.towerlab.core.lab.Lesson;
import io.towerlab.core.lab.LessonPlayer;
import io.towerlab.core.lab.LessonReader;
import io.towerlab.core.lab.LessonState;
import io.towerlab.core.lab.LessonStateFile;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.common.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the loss lab: the switches, the latest batch's matrices (at most one update
 * per frame), stepping or running the session, evaluating, and playing a lesson. Training runs in
 * background jobs, one at a time; switch changes take effect from the next batch.
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
    private final ObjectProperty<Lesson> lesson = new SimpleObjectProperty<>();
    private final ObjectProperty<LessonPlayer> player = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> lessonFile = new SimpleObjectProperty<>();
    private final ObservableList<Path> lessons = FXCollections.observableArrayList();
    private Path dataset;
    private int maxBatchesPerStep = Integer.MAX_VALUE;
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
        if (lessonsFolder != null && Files.isDirectory(lessonsFolder)) {
            try (Stream<Path> files = Files.list(lessonsFolder)) {
                lessons.setAll(files.filter(p -> p.toString().endsWith(".json")).sorted().toList());
            } catch (IOException e) {
                report.accept(UserError.of("Listing the lessons", e));
            }
        }
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
        busy.set(true);
        running.set(continuous);
        keepRunning.set(true);
        runStart = System.nanoTime();
        runStartStep = batch.get() == null ? 0 : batch.get().step();
        LabSettings current = settings.get();
        boolean fresh = stale;
        stale = false;
        tasks.submit(title, context -> {
            if (fresh || !runner.started()) {
                runner.reset(current, dataset);
            }
            return runner.run(batches, () -> keepRunning.get() && !context.cancelToken().isCancelled(), latest::set);
        }, this::finished, this::failed);
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
        busy.set(true);
        stale = false;
        tasks.submit("Loss lab: fresh weights", context -> {
            runner.reset(current, dataset);
            return runner.run(1, () -> true, latest::set);
        }, changes -> {
            finished(changes);
            metrics.set(null);
            note.set("Fresh weights from the spec's seed; the batch above is the first of the new run.");
        }, this::failed);
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
        if (busy.get()) {
            return;
        }
        if (!LessonStateFile.isStateFile(file)) {
            try {
                start(new LessonReader().read(file), 0, false);
                lessonFile.set(file);
            } catch (SpecException e) {
                report.accept(UserError.of("Opening the lesson", e));
            }
            return;
        }
        busy.set(true);
        lessonFile.set(null);
        tasks.submit("Opening " + file.getFileName(), context -> LessonStateFile.read(file), state -> {
            busy.set(false);
            restore(state);
        }, this::failed);
    }

    private void start(Lesson next, int step, boolean ran) {
        lesson.set(next);
        player.set(new LessonPlayer(next, step, ran));
        settings.set(next.settings());
        dataset = next.dataset();
        stale = true;
        metrics.set(null);
        note.set(next.summary());
    }

    /** Replays a saved state's steps from the lesson's start (same seed), then applies its switches. */
    private void restore(LessonState state) {
        start(state.lesson(), 0, false);
        stale = false;
        busy.set(true);
        keepRunning.set(true);
        LessonPlayer replay = new LessonPlayer(state.lesson());
        LabSettings[] current = {settings.get()};
        int beats = state.step() * 2 + (state.ran() ? 1 : 0);
        tasks.submit("Loss lab: replaying the lesson", context -> {
            MetricSet last = null;
            runner.reset(current[0], dataset);
            for (int i = 0; i < beats; i++) {
                LessonPlayer.Run run = replay.advance(current[0]);
                if (run != null) {
                    current[0] = run.settings();
                    last = perform(run, last);
                }
            }
            for (var e : state.switches().entrySet()) {
                current[0] = current[0].with(e.getKey(), e.getValue());
            }
            runner.offer(current[0]);
            return last;
        }, m -> {
            busy.set(false);
            settings.set(current[0]);
            player.set(null);
            player.set(replay);
            metrics.set(m);
        }, this::failed);
    }

    private MetricSet perform(LessonPlayer.Run run, MetricSet previous) throws Exception {
        return runner.perform(run, dataset, maxBatchesPerStep, keepRunning::get, latest::set, previous);
    }

    /** One beat of the lesson: run the shown step, or show the next one. */
    public void advance() {
        LessonPlayer p = player.get();
        if (busy.get() || p == null || p.finished()) {
            return;
        }
        LessonPlayer.Run run;
        try {
            run = p.advance(settings.get());
        } catch (SpecException e) {
            report.accept(UserError.of("Running the lesson step", e));
            return;
        }
        player.set(null);
        player.set(p);
        if (run == null) {
            if (!p.finished()) {
                metrics.set(null);
            }
            return;
        }
        settings.set(run.settings());
        boolean fresh = stale;
        stale = false;
        busy.set(true);
        keepRunning.set(true);
        runStart = System.nanoTime();
        runStartStep = batch.get() == null ? 0 : batch.get().step();
        MetricSet previous = metrics.get();
        tasks.submit("Loss lab: " + run.step().title(), context -> {
            if (fresh && !run.reset()) {
                runner.reset(run.settings(), dataset);
            }
            return perform(run, previous);
        }, m -> {
            busy.set(false);
            metrics.set(m);
        }, this::failed);
    }

    /** Saves where the lesson is as a {@value LessonStateFile#EXTENSION} file. */
    public void saveState(Path file) {
        LessonPlayer p = player.get();
        if (p == null) {
            return;
        }
        Path target = file.toString().endsWith(LessonStateFile.EXTENSION) ? file
                : file.resolveSibling(file.getFileName() + LessonStateFile.EXTENSION);
        try {
            LessonStateFile.write(target, new LessonState(p.lesson(), p.stepIndex(), p.ran(), settings.get().values()));
            note.set("Saved to " + target.getFileName() + ": opening it replays the lesson to this step.");
        } catch (IOException e) {
            report.accept(UserError.of("Saving the lesson state", e));
        }
    }

    /** Caps the batches of each lesson step (for quick rehearsals and tests); the lesson's texts are unchanged. */
    void setMaxBatchesPerStep(int max) {
        maxBatchesPerStep = Math.max(1, max);
    }

    /** Leaves the lesson; the switches stay as they are. */
    public void closeLesson() {
        lessonFile.set(null);
        lesson.set(null);
        player.set(null);
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
        return lesson;
    }

    /** The lesson's player; re-set after every beat so that listeners see the change. */
    public ReadOnlyObjectProperty<LessonPlayer> playerProperty() {
        return player;
    }

    /** The lesson file open (null for none, or for a lesson opened from a state file). */
    public ReadOnlyObjectProperty<Path> lessonFileProperty() {
        return lessonFile;
    }

    public ObservableList<Path> lessons() {
        return lessons;
    }
}
