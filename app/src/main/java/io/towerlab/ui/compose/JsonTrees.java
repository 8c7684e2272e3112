package io.towerlab.ui.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.towerlab.core.spec.Hyperparameter;
import io.towerlab.core.spec.ValueKind;
import java.util.List;

/** Small conversions between the composer's edits and spec JSON nodes. */
public final class JsonTrees {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /** A registry default (Integer, Long, Double, Boolean, String, List) as a JSON node. */
    static JsonNode value(Object value) {
        if (value == null) {
            return JSON.nullNode();
        }
        if (value instanceof Integer i) {
            return JSON.numberNode(i);
        }
        if (value instanceof Long l) {
            return JSON.numberNode(l);
        }
        if (value instanceof Double d) {
            return JSON.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return JSON.booleanNode(b);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = JSON.arrayNode();
            list.forEach(item -> array.add(value(item)));
            return array;
        }
        return JSON.textNode(value.toString());
    }

    /**
     * What a person typed into a property, as the node of its kind: a number where one parses, {@code true}
     * or {@code false} for a flag, a list for comma-separated choices; otherwise the text itself, so that
     * validation reports it at its path rather than the edit being lost.
     */
    public static JsonNode parse(String text, Hyperparameter setting) {
        String trimmed = text == null ? "" : text.trim();
        if (setting == null) {
            return JSON.textNode(trimmed);
        }
        ValueKind kind = setting.kind();
        try {
            switch (kind) {
                case INTEGER:
                    return JSON.numberNode(Long.parseLong(trimmed));
                case NUMBER:
                    return JSON.numberNode(Double.parseDouble(trimmed));
                case BOOLEAN:
                    if (trimmed.equals("true") || trimmed.equals("false")) {
                        return JSON.booleanNode(Boolean.parseBoolean(trimmed));
                    }
                    return JSON.textNode(trimmed);
                case INTEGER_LIST:
                case CHOICE_LIST:
                    ArrayNode array = JSON.arrayNode();
                    for (String part : trimmed.split("\\s*,\\s*")) {
                        if (!part.isEmpty()) {
                            array.add(kind == ValueKind.INTEGER_LIST ? JSON.numberNode(Long.parseLong(part))
                                    : JSON.textNode(part));
                        }
                    }
                    return array;
                default:
                    return JSON.textNode(trimmed);
            }
        } catch (NumberFormatException e) {
            return JSON.textNode(trimmed);
        }
    }

    /** A node as a person edits it: text as is, lists comma-separated, numbers as written. */
    public static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            StringBuilder out = new StringBuilder();
            node.forEach(item -> out.append(out.length() == 0 ? "" : ", ").append(item.asText()));
            return out.toString();
        }
        if (node.isDouble() || node.isFloat()) {
            return Hyperparameter.number(node.asDouble());
        }
        return node.asText();
    }

    /** The object at a composer path such as {@code queryTower.inputs[0]} or {@code loss}, or null. */
    static ObjectNode at(ObjectNode root, String path) {
        JsonNode node = root;
        for (String segment : path.split("\\.")) {
            int bracket = segment.indexOf('[');
            if (bracket < 0) {
                node = node.path(segment);
            } else {
                node = node.path(segment.substring(0, bracket))
                        .path(Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1)));
            }
        }
        return node instanceof ObjectNode object ? object : null;
    }
}
