package io.towerlab.core.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.towerlab.core.data.SampleData;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.spec.SpecProblem;
import io.towerlab.core.spec.SpecReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a lesson file ({@code towerlab-lesson/1}, see {@code experiments/lessons/README.md}). Syntax
 * errors carry their line and column; every other problem its JSON path, all reported together. The
 * starting spec is read by the {@link SpecReader}, its problems prefixed with {@code spec.}.
 */
public final class LessonReader {
    public static final String FORMAT = "towerlab-lesson/1";
    private static final Set<String> TOP = Set.of("format", "title", "summary", "dataset", "spec", "set", "controls",
            "steps");
    private static final Set<String> STEP = Set.of("title", "text", "set", "setSpec", "reset", "run", "evaluate",
            "explain");
    private static final int MAX_RUN = 100_000;

    private final SpecReader specs = new SpecReader();

    /** Reads a lesson file; relative spec and dataset paths are resolved against its folder. */
    public Lesson read(Path file) throws SpecException {
        String name = file.getFileName().toString();
        return read(specs.parse(text(file, name), name), name, file.toAbsolutePath().getParent());
    }

    /** Reads a parsed lesson; {@code folder} resolves relative paths (null when there is none). */
    public Lesson read(JsonNode tree, String name, Path folder) throws SpecException {
        List<SpecProblem> problems = new ArrayList<>();
        if (!tree.isObject()) {
            throw new SpecException(name, List.of(new SpecProblem("", "a lesson is a JSON object {\"title\": ..., "
                    + "\"dataset\": ..., \"spec\": ..., \"steps\": [...]}")));
        }
        unknownKeys(tree, "", TOP, problems);
        JsonNode format = tree.path("format");
        if (!format.isMissingNode() && !FORMAT.equals(format.asText())) {
            problems.add(new SpecProblem("format", "is \"" + format.asText() + "\"; this version reads \"" + FORMAT + "\""));
        }
        String title = text(tree, "title", true, problems);
        String summary = text(tree, "summary", false, problems);
        Path dataset = dataset(tree, folder, problems);
        JsonNode spec = spec(tree.path("spec"), folder, problems);
        List<String> set = strings(tree.path("set"), "set", problems);
        Set<LabSwitch> visible = switches(tree.path("controls").path("visible"), "controls.visible",
                EnumSet.allOf(LabSwitch.class), problems);
        Set<LabSwitch> locked = switches(tree.path("controls").path("locked"), "controls.locked",
                EnumSet.noneOf(LabSwitch.class), problems);
        if (tree.has("controls")) {
            unknownKeys(tree.get("controls"), "controls.", Set.of("visible", "locked"), problems);
        }
        List<LessonStep> steps = steps(tree.path("steps"), problems);
        if (!problems.isEmpty()) {
            throw new SpecException(name, problems);
        }
        LabSettings settings;
        try {
            settings = LabSettings.of(spec, name, set);
        } catch (SpecException e) {
            throw new SpecException(name, e.problems().stream()
                    .map(p -> p.path().isEmpty() && p.hasLocation() ? p
                            : new SpecProblem(p.path().isEmpty() ? "spec" : "spec." + p.path(), p.message()))
                    .toList());
        }
        ObjectNode resolved = tree.deepCopy();
        resolved.set("spec", spec);
        resolved.put("dataset", dataset.toString());
        return new Lesson(title, summary == null ? "" : summary, dataset, settings, visible, locked, steps, resolved);
    }

    private static String text(Path file, String name) throws SpecException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpecException(name, List.of(new SpecProblem("", "cannot be read (" + e.getMessage()
                    + "); check the path")));
        }
    }

    private static Path dataset(JsonNode tree, Path folder, List<SpecProblem> problems) {
        String value = text(tree, "dataset", true, problems);
        if (value == null) {
            return null;
        }
        Path sample = SampleData.find(value).orElse(null);
        if (sample != null) {
            return sample;
        }
        Path path = folder == null ? Path.of(value) : folder.resolve(value).normalize();
        if (!Files.exists(path)) {
            problems.add(new SpecProblem("dataset", "\"" + value + "\" is neither a shipped sample (movies-small, "
                    + "search-small) nor an existing path" + (folder == null ? "" : " relative to " + folder)));
        }
        return path;
    }

    private JsonNode spec(JsonNode node, Path folder, List<SpecProblem> problems) {
        if (node.isObject()) {
            return node;
        }
        if (!node.isTextual()) {
            problems.add(new SpecProblem("spec", node.isMissingNode() ? "is required: an experiment spec object, or the "
                    + "path of a spec file relative to the lesson" : "must be a spec object or a path"));
            return null;
        }
        Path file = folder == null ? Path.of(node.asText()) : folder.resolve(node.asText()).normalize();
        try {
            return specs.parse(text(file, file.getFileName().toString()), file.getFileName().toString());
        } catch (SpecException e) {
            problems.add(new SpecProblem("spec", "\"" + node.asText() + "\": " + e.getMessage()));
            return null;
        }
    }

    private static List<LessonStep> steps(JsonNode node, List<SpecProblem> problems) {
        List<LessonStep> out = new ArrayList<>();
        if (!node.isArray() || node.isEmpty()) {
            problems.add(new SpecProblem("steps", "must be a non-empty list of steps {\"text\": ..., \"run\": ...}"));
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode step = node.get(i);
            String at = "steps[" + i + "]";
            if (!step.isObject()) {
                problems.add(new SpecProblem(at, "must be an object"));
                continue;
            }
            unknownKeys(step, at + ".", STEP, problems);
            Map<LabSwitch, String> set = new EnumMap<>(LabSwitch.class);
            JsonNode values = step.path("set");
            if (values.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    LabSwitch.byKey(e.getKey()).ifPresentOrElse(s -> set.put(s, e.getValue().asText()),
                            () -> problems.add(new SpecProblem(at + ".set." + e.getKey(), "is not a lab switch; "
                                    + "expected one of " + LabSwitch.keys())));
                }
            } else if (!values.isMissingNode()) {
                problems.add(new SpecProblem(at + ".set", "must be an object of switch values, e.g. {\"logQ\": true}"));
            }
            int run = step.path("run").asInt(0);
            if (step.has("run") && (!step.get("run").canConvertToInt() || run < 0 || run > MAX_RUN)) {
                problems.add(new SpecProblem(at + ".run", "must be a whole number of batches from 0 to " + MAX_RUN));
            }
            out.add(new LessonStep(text(step, "title", false, problems, at), text(step, "text", true, problems, at), set,
                    strings(step.path("setSpec"), at + ".setSpec", problems), step.path("reset").asBoolean(false), run,
                    step.path("evaluate").asBoolean(false), text(step, "explain", false, problems, at)));
        }
        return out;
    }

    private static String text(JsonNode tree, String key, boolean required, List<SpecProblem> problems) {
        return text(tree, key, required, problems, "");
    }

    private static String text(JsonNode tree, String key, boolean required, List<SpecProblem> problems, String at) {
        JsonNode node = tree.path(key);
        String path = at.isEmpty() ? key : at + "." + key;
        if (node.isMissingNode()) {
            if (required) {
                problems.add(new SpecProblem(path, "is required"));
            }
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add(new SpecProblem(path, "must be a non-empty string"));
            return null;
        }
        return node.asText();
    }

    private static List<String> strings(JsonNode node, String path, List<SpecProblem> problems) {
        List<String> out = new ArrayList<>();
        if (node.isMissingNode()) {
            return out;
        }
        if (!node.isArray()) {
            problems.add(new SpecProblem(path, "must be a list of \"key.path=value\" strings"));
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual() || item.asText().indexOf('=') <= 0) {
                problems.add(new SpecProblem(path + "[" + i + "]", "must be a \"key.path=value\" string, e.g. "
                        + "\"training.batchSize=32\""));
            } else {
                out.add(item.asText());
            }
        }
        return out;
    }

    private static Set<LabSwitch> switches(JsonNode node, String path, Set<LabSwitch> absent,
                                           List<SpecProblem> problems) {
        if (node.isMissingNode()) {
            return absent;
        }
        Set<LabSwitch> out = new LinkedHashSet<>();
        if (!node.isArray()) {
            problems.add(new SpecProblem(path, "must be a list of switch names: " + LabSwitch.keys()));
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            String key = node.get(i).asText();
            String at = path + "[" + i + "]";
            LabSwitch.byKey(key).ifPresentOrElse(out::add, () -> problems.add(new SpecProblem(at, "\"" + key
                    + "\" is not a lab switch; expected one of " + LabSwitch.keys())));
        }
        return out;
    }

    private static void unknownKeys(JsonNode node, String prefix, Set<String> known, List<SpecProblem> problems) {
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                problems.add(new SpecProblem(prefix + key, "unknown key; expected one of " + String.join(", ",
                        known.stream().sorted().toList())));
            }
        });
    }
}
