package io.towerlab.core.lab;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A lesson of the teaching mode: a dataset, a starting spec, which lab controls the audience sees and
 * which of those are locked, and a list of "predict, then run" steps. Read by {@link LessonReader}
 * from a {@code *.json} file in {@code experiments/lessons/}.
 *
 * @param dataset  the folder (or file) of the click log
 * @param settings the lab settings the lesson starts from
 * @param resolved the lesson as JSON with its spec written inline, so that it can travel in a state file
 */
public record Lesson(String title, String summary, Path dataset, LabSettings settings, Set<LabSwitch> visible,
                     Set<LabSwitch> locked, List<LessonStep> steps, JsonNode resolved) {

    public Lesson {
        visible = Set.copyOf(visible);
        locked = Set.copyOf(locked);
        steps = List.copyOf(steps);
    }

    /** True when the audience may change the switch (it is shown and not locked). */
    public boolean editable(LabSwitch s) {
        return visible.contains(s) && !locked.contains(s);
    }
}
