package io.towerlab.core.lab;

import io.towerlab.core.spec.SpecException;

/**
 * Plays a lesson one beat at a time, without an engine: each step is first shown ("predict"), then run
 * ({@link #advance} returns what to run), then the next step is shown. It only decides; the caller
 * carries out each {@link Run} on a {@link LabSession}.
 */
public final class LessonPlayer {

    /**
     * What running a step means.
     *
     * @param settings the settings to train with from now on
     * @param reset    start from fresh weights before training
     */
    public record Run(LessonStep step, LabSettings settings, boolean reset, int batches, boolean evaluate) {
    }

    private final Lesson lesson;
    private int step;
    private boolean ran;

    public LessonPlayer(Lesson lesson) {
        this(lesson, 0, false);
    }

    public LessonPlayer(Lesson lesson, int step, boolean ran) {
        this.lesson = lesson;
        this.step = step;
        this.ran = ran;
    }

    public Lesson lesson() {
        return lesson;
    }

    /** The index of the step shown. */
    public int stepIndex() {
        return step;
    }

    /** True when the shown step has run (its explanation is due). */
    public boolean ran() {
        return ran;
    }

    public boolean finished() {
        return step >= lesson.steps().size();
    }

    /** The step shown, or null when the lesson is finished. */
    public LessonStep current() {
        return finished() ? null : lesson.steps().get(step);
    }

    /**
     * Moves one beat forward: runs the shown step (returning what to run, with {@code settings} changed
     * as the step says) or, when it has run, shows the next step (returning null).
     */
    public Run advance(LabSettings settings) throws SpecException {
        if (finished()) {
            return null;
        }
        if (ran) {
            step++;
            ran = false;
            return null;
        }
        LessonStep s = current();
        LabSettings next = s.setSpec().isEmpty() ? settings : settings.withOverrides(s.setSpec());
        for (var e : s.set().entrySet()) {
            next = next.with(e.getKey(), e.getValue());
        }
        ran = true;
        return new Run(s, next, s.reset(), s.run(), s.evaluate());
    }
}
