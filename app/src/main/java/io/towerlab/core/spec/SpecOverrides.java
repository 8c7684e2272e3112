package io.towerlab.core.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the command line's {@code --set key.path=value} assignments to a spec tree before it is read, e.g.
 * {@code loss.type=fps}, {@code training.epochs=3}, {@code docTower.layers[0].units=32},
 * {@code evaluation.ks=[10,20]}. A value is parsed as JSON when it is valid JSON (numbers, booleans,
 * {@code null}, lists, objects, quoted strings) and taken as a plain string otherwise. Missing objects on the
 * way are created; list elements must exist. A key the spec does not know is reported with a did-you-mean,
 * as the reader does.
 */
public final class SpecOverrides {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d+)])?");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private SpecOverrides() {
    }

    /** A copy of {@code tree} with the assignments applied in order; the given tree is left unchanged. */
    public static JsonNode apply(JsonNode tree, List<String> assignments) throws SpecException {
        if (assignments.isEmpty()) {
            return tree;
        }
        JsonNode copy = tree.deepCopy();
        if (!copy.isObject()) {
            throw new SpecException("--set", List.of(new SpecProblem("", "the spec must be a JSON object to "
                    + "apply --set to")));
        }
        List<SpecProblem> problems = new ArrayList<>();
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals <= 0) {
                problems.add(new SpecProblem("", "\"" + assignment + "\" is not of the form key.path=value, "
                        + "e.g. training.epochs=3"));
                continue;
            }
            String path = assignment.substring(0, equals).trim();
            SpecProblem problem = set((ObjectNode) copy, path, value(assignment.substring(equals + 1)));
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new SpecException("--set", problems);
        }
        return copy;
    }

    static JsonNode value(String text) {
        try {
            JsonNode parsed = MAPPER.readTree(text);
            return parsed == null || parsed.isMissingNode() ? JsonNodeFactory.instance.textNode(text) : parsed;
        } catch (JsonProcessingException e) {
            return JsonNodeFactory.instance.textNode(text);
        }
    }

    private static SpecProblem set(ObjectNode root, String path, JsonNode value) {
        String[] segments = path.split("\\.", -1);
        ObjectNode current = root;
        String context = "";
        String at = "";
        for (int s = 0; s < segments.length; s++) {
            Matcher m = SEGMENT.matcher(segments[s]);
            if (!m.matches()) {
                return new SpecProblem(path, "is not a key path; write keys separated by dots, with [i] for a list "
                        + "element, e.g. docTower.layers[0].units");
            }
            String key = m.group(1);
            String keyAt = at.isEmpty() ? key : at + "." + key;
            List<String> allowed = SpecSchema.keys(context);
            if (!allowed.contains(key)) {
                return new SpecProblem(keyAt, DidYouMean.unknownKey(key, allowed));
            }
            boolean last = s == segments.length - 1;
            if (m.group(2) == null) {
                if (last) {
                    current.set(key, value);
                    return null;
                }
                JsonNode child = current.get(key);
                if (child == null || child.isNull()) {
                    child = current.putObject(key);
                } else if (!child.isObject()) {
                    return new SpecProblem(keyAt, "is not an object, so it has no key \"" + segments[s + 1] + "\"");
                }
                current = (ObjectNode) child;
                context = SpecSchema.childContext(context, key);
                at = keyAt;
                continue;
            }
            int index = Integer.parseInt(m.group(2));
            String elementAt = keyAt + "[" + index + "]";
            JsonNode list = current.get(key);
            if (list == null || !list.isArray()) {
                return new SpecProblem(keyAt, "is not a list in this spec, so it has no element [" + index + "]");
            }
            if (index >= list.size()) {
                return new SpecProblem(elementAt, "does not exist: the list has " + list.size() + " elements"
                        + (list.isEmpty() ? "" : " (indices 0 to " + (list.size() - 1) + ")"));
            }
            if (last) {
                ((ArrayNode) list).set(index, value);
                return null;
            }
            JsonNode element = list.get(index);
            var elementContext = SpecSchema.elementContext(context, key, element);
            if (!element.isObject() || elementContext.isEmpty()) {
                return new SpecProblem(elementAt, "has no known \"type\", so its keys cannot be set; set "
                        + elementAt + ".type first or edit the file");
            }
            current = (ObjectNode) element;
            context = elementContext.get();
            at = elementAt;
        }
        return null;
    }
}
