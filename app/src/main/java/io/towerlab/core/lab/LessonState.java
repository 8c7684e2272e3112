package io.towerlab.core.lab;

import java.util.Map;

/**
 * Where an audience is in a lesson: the lesson itself, the step shown, whether that step has run, and
 * the switch values at that moment (including changes made by hand). Saved as a
 * {@value LessonStateFile#EXTENSION} file by {@link LessonStateFile}.
 *
 * @param step the index of the step shown (equal to the step count when the lesson is finished)
 * @param ran  true when the shown step has already run and its explanation is visible
 */
public record LessonState(Lesson lesson, int step, boolean ran, Map<LabSwitch, String> switches) {

    public LessonState {
        switches = Map.copyOf(switches);
        if (step < 0 || step > lesson.steps().size()) {
            throw new IllegalArgumentException("step " + step + " is outside the lesson's " + lesson.steps().size()
                    + " steps");
        }
    }
}
