package io.towerlab.ui.lab;

import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.lab.LabSettings;
import io.towerlab.core.lab.Lesson;
import io.towerlab.core.lab.LessonPlayer;
import io.towerlab.core.lab.LessonReader;
import io.towerlab.core.lab.LessonState;
import io.towerlab.core.lab.LessonStateFile;
import io.towerlab.core.spec.SpecException;
import io.towerlab.ui.common.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Plays lessons in the loss lab: the shipped lessons, opening a lesson or a saved lesson state (replayed to
 * its step), advancing beat by beat, and saving or leaving the lesson. It changes the lab only through the
 * {@link LessonHost} it plays in, so the lab keeps one training job at a time.
 */
final class LessonController {
    private final LessonHost lab;
    private final Consumer<UserError> report;
    private final ObjectProperty<Lesson> lesson = new SimpleObjectProperty<>();
    private final ObjectProperty<LessonPlayer> player = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> lessonFile = new SimpleObjectProperty<>();
    private final ObservableList<Path> lessons = FXCollections.observableArrayList();
    private int maxBatchesPerStep = Integer.MAX_VALUE;

    /** @param lessonsFolder the shipped lessons (experiments/lessons), or null when not found */
    LessonController(LessonHost lab, Consumer<UserError> report, Path lessonsFolder) {
        this.lab = lab;
        this.report = report;
        if (lessonsFolder != null && Files.isDirectory(lessonsFolder)) {
            try (Stream<Path> files = Files.list(lessonsFolder)) {
                lessons.setAll(files.filter(p -> p.toString().endsWith(".json")).sorted().toList());
            } catch (IOException e) {
                report.accept(UserError.of("Listing the lessons", e));
            }
        }
    }

    /** Opens a lesson file (or a saved lesson state, replayed to its step) and shows its first step. */
    void open(Path file) {
        if (lab.busy()) {
            return;
        }
        if (!LessonStateFile.isStateFile(file)) {
            try {
                start(new LessonReader().read(file));
                lessonFile.set(file);
            } catch (SpecException e) {
                report.accept(UserError.of("Opening the lesson", e));
            }
            return;
        }
        lessonFile.set(null);
        lab.background("Opening " + file.getFileName(), () -> LessonStateFile.read(file), this::restore);
    }

    private void start(Lesson next) {
        lesson.set(next);
        player.set(new LessonPlayer(next, 0, false));
        lab.load(next);
    }

    /** Replays a saved state's steps from the lesson's start (same seed), then applies its switches. */
    private void restore(LessonState state) {
        start(state.lesson());
        LessonPlayer replay = new LessonPlayer(state.lesson());
        LabSettings[] current = {lab.settings()};
        int beats = state.step() * 2 + (state.ran() ? 1 : 0);
        lab.train("Loss lab: replaying the lesson", (runner, fresh) -> {
            MetricSet last = null;
            runner.reset(current[0]);
            for (int i = 0; i < beats; i++) {
                LessonPlayer.Run run = replay.advance(current[0]);
                if (run != null) {
                    current[0] = run.settings();
                    last = runner.perform(run, maxBatchesPerStep, last);
                }
            }
            for (var e : state.switches().entrySet()) {
                current[0] = current[0].with(e.getKey(), e.getValue());
            }
            runner.offer(current[0]);
            return last;
        }, m -> {
            lab.showSettings(current[0]);
            player.set(null);
            player.set(replay);
            lab.showMetrics(m);
        });
    }

    /** One beat of the lesson: run the shown step, or show the next one. */
    void advance() {
        LessonPlayer p = player.get();
        if (lab.busy() || p == null || p.finished()) {
            return;
        }
        LessonPlayer.Run run;
        try {
            run = p.advance(lab.settings());
        } catch (SpecException e) {
            report.accept(UserError.of("Running the lesson step", e));
            return;
        }
        player.set(null);
        player.set(p);
        if (run == null) {
            if (!p.finished()) {
                lab.showMetrics(null);
            }
            return;
        }
        lab.showSettings(run.settings());
        MetricSet previous = lab.metrics();
        lab.train("Loss lab: " + run.step().title(), (runner, fresh) -> {
            if (fresh && !run.reset()) {
                runner.reset(run.settings());
            }
            return runner.perform(run, maxBatchesPerStep, previous);
        }, lab::showMetrics);
    }

    /** Saves where the lesson is as a {@value LessonStateFile#EXTENSION} file. */
    void saveState(Path file) {
        LessonPlayer p = player.get();
        if (p == null) {
            return;
        }
        Path target = file.toString().endsWith(LessonStateFile.EXTENSION) ? file
                : file.resolveSibling(file.getFileName() + LessonStateFile.EXTENSION);
        try {
            LessonStateFile.write(target, new LessonState(p.lesson(), p.stepIndex(), p.ran(), lab.settings().values()));
            lab.note("Saved to " + target.getFileName() + ": opening it replays the lesson to this step.");
        } catch (IOException e) {
            report.accept(UserError.of("Saving the lesson state", e));
        }
    }

    /** Caps the batches of each lesson step (for quick rehearsals and tests); the lesson's texts are unchanged. */
    void setMaxBatchesPerStep(int max) {
        maxBatchesPerStep = Math.max(1, max);
    }

    /** Leaves the lesson; the switches stay as they are. */
    void close() {
        lessonFile.set(null);
        lesson.set(null);
        player.set(null);
    }

    ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson;
    }

    ReadOnlyObjectProperty<LessonPlayer> playerProperty() {
        return player;
    }

    ReadOnlyObjectProperty<Path> lessonFileProperty() {
        return lessonFile;
    }

    ObservableList<Path> lessons() {
        return lessons;
    }
}
