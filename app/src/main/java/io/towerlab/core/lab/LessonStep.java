package io.towerlab.core.lab;

import java.util.List;
import java.util.Map;

/**
 * One step of a lesson, played in two beats: first its {@code text} asks the audience to predict what
 * will happen; then the step applies its settings, trains {@code run} batches, optionally measures
 * the model, and shows {@code explain}.
 *
 * @param set      switch values to apply before running (by {@link LabSwitch#key()})
 * @param setSpec  further spec overrides ({@code key.path=value}), e.g. another query tower
 * @param reset    start again from fresh weights (same seed) before running, for a fair comparison
 * @param run      batches to train (0 for none)
 * @param evaluate measure validation metrics after running
 */
public record LessonStep(String title, String text, Map<LabSwitch, String> set, List<String> setSpec, boolean reset,
                         int run, boolean evaluate, String explain) {

    public LessonStep {
        set = Map.copyOf(set);
        setSpec = List.copyOf(setSpec);
    }
}
