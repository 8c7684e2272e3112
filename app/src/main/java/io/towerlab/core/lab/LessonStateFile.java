package io.towerlab.core.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.spec.SpecProblem;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.store.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Saves and opens lesson state files ({@value #EXTENSION}): JSON holding the whole lesson (its spec
 * inline, its dataset named), the step reached and the switch values. A file is self-contained, so it
 * can be shared; the model's weights are not in it: opening replays the lesson's steps up to the saved
 * one from the same seed, which rebuilds the same state.
 */
public final class LessonStateFile {
    /** The file extension of a saved lesson state. */
    public static final String EXTENSION = ".towerlab-lesson";
    public static final String FORMAT = "towerlab-lesson-state/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LessonStateFile() {
    }

    /** True when the path names a lesson state file by its extension. */
    public static boolean isStateFile(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(EXTENSION);
    }

    public static void write(Path file, LessonState state) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.set("lesson", state.lesson().resolved());
        root.put("step", state.step());
        root.put("ran", state.ran());
        ObjectNode switches = root.putObject("switches");
        state.switches().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> switches.put(e.getKey().key(), e.getValue()));
        AtomicFiles.write(file, MAPPER.writeValueAsString(root) + "\n");
    }

    public static LessonState read(Path file) throws SpecException {
        String name = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpecException(name, List.of(new SpecProblem("", "cannot be read (" + e.getMessage() + ")")));
        }
        JsonNode tree = new SpecReader().parse(text, name);
        List<SpecProblem> problems = new ArrayList<>();
        if (!FORMAT.equals(tree.path("format").asText())) {
            problems.add(new SpecProblem("format", "must be \"" + FORMAT + "\"; is this a lesson state file?"));
        }
        if (!tree.path("lesson").isObject()) {
            problems.add(new SpecProblem("lesson", "must be the lesson object"));
        }
        if (!tree.path("step").canConvertToInt() || tree.path("step").asInt() < 0) {
            problems.add(new SpecProblem("step", "must be a step index, 0 or more"));
        }
        Map<LabSwitch, String> switches = new EnumMap<>(LabSwitch.class);
        tree.path("switches").fields().forEachRemaining(e -> LabSwitch.byKey(e.getKey()).ifPresentOrElse(
                s -> switches.put(s, e.getValue().asText()), () -> problems.add(new SpecProblem("switches."
                        + e.getKey(), "is not a lab switch; expected one of " + LabSwitch.keys()))));
        if (!problems.isEmpty()) {
            throw new SpecException(name, problems);
        }
        Lesson lesson;
        try {
            lesson = new LessonReader().read(tree.get("lesson"), name, file.toAbsolutePath().getParent());
        } catch (SpecException e) {
            throw new SpecException(name, e.problems().stream()
                    .map(p -> new SpecProblem("lesson." + p.path(), p.message())).toList());
        }
        int step = tree.get("step").asInt();
        if (step > lesson.steps().size()) {
            throw new SpecException(name, List.of(new SpecProblem("step", "is " + step + " but the lesson has "
                    + lesson.steps().size() + " steps")));
        }
        return new LessonState(lesson, step, tree.path("ran").asBoolean(false), switches);
    }
}
