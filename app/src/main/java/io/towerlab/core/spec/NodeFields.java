package io.towerlab.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Typed access to the keys of one JSON object of a spec. Each read fills an absent key from the
 * {@link HyperparameterRegistry}, checks the value's type and range there, and records a {@link SpecProblem}
 * at the key's JSON path instead of stopping, returning the default so reading goes on and every problem is
 * found. A JSON {@code null} counts as absent.
 */
final class NodeFields {

    private final JsonNode node;
    private final String path;
    private final String context;
    private final HyperparameterRegistry registry;
    private final List<SpecProblem> problems;

    NodeFields(JsonNode node, String path, String context, HyperparameterRegistry registry,
               List<SpecProblem> problems) {
        this.node = node == null || node.isNull() || node.isMissingNode()
                ? JsonNodeFactory.instance.objectNode() : node;
        this.path = path;
        this.context = context;
        this.registry = registry;
        this.problems = problems;
        if (!this.node.isObject()) {
            problem(path, "must be an object {...}, got " + JsonValues.describe(this.node));
        } else {
            rejectUnknownKeys();
        }
    }

    String path() {
        return path;
    }

    /** Whether the value here is a JSON object; when it is not, a problem was already recorded. */
    boolean isObject() {
        return node.isObject();
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    JsonNode raw(String key) {
        return node.path(key);
    }

    void problem(String at, String message) {
        problems.add(new SpecProblem(at, message));
    }

    /** The object under {@code key} in the child context (an absent key reads as an empty object). */
    NodeFields child(String key) {
        return new NodeFields(node.get(key), path(key), SpecSchema.childContext(context, key), registry, problems);
    }

    NodeFields element(JsonNode element, String elementPath, String elementContext) {
        return new NodeFields(element, elementPath, elementContext, registry, problems);
    }

    String requiredText(String key) {
        if (!has(key)) {
            problem(path(key), "is required");
            return "";
        }
        JsonNode value = node.get(key);
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(path(key), "must be a non-empty string, got " + JsonValues.describe(value));
            return "";
        }
        return value.asText();
    }

    String optionalText(String key, String fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isTextual()) {
            problem(path(key), "must be a string, got " + JsonValues.describe(value));
            return fallback;
        }
        return value.asText();
    }

    int integer(String key) {
        return (int) longInteger(key);
    }

    long longInteger(String key) {
        Long value = optionalLong(key);
        if (value != null) {
            return value;
        }
        Object fallback = entry(key).defaultValue();
        if (fallback == null) {
            problem(path(key), "is required");
            return 0;
        }
        return ((Number) fallback).longValue();
    }

    /** A whole number, or null when absent and the registry has no default. */
    Long optionalLong(String key) {
        Hyperparameter entry = entry(key);
        if (!has(key)) {
            return entry.defaultValue() == null ? null : ((Number) entry.defaultValue()).longValue();
        }
        JsonNode value = node.get(key);
        Long whole = JsonValues.wholeNumber(value);
        if (whole == null) {
            problem(path(key), "must be a whole number, got " + JsonValues.describe(value));
            return fallbackLong(entry);
        }
        if (!checkRange(path(key), entry, whole)) {
            return fallbackLong(entry);
        }
        return whole;
    }

    double number(String key) {
        Double value = optionalNumber(key);
        if (value == null) {
            problem(path(key), "is required");
            return 0;
        }
        return value;
    }

    /** A number, or null when absent and the registry has no default. */
    Double optionalNumber(String key) {
        Hyperparameter entry = entry(key);
        Double fallback = entry.defaultValue() == null ? null : ((Number) entry.defaultValue()).doubleValue();
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isNumber()) {
            problem(path(key), "must be a number, got " + JsonValues.describe(value));
            return fallback == null ? 0.0 : fallback;
        }
        if (!checkRange(path(key), entry, value.doubleValue())) {
            return fallback == null ? 0.0 : fallback;
        }
        return value.doubleValue();
    }

    boolean bool(String key) {
        Hyperparameter entry = entry(key);
        boolean fallback = (Boolean) entry.defaultValue();
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isBoolean()) {
            problem(path(key), "must be true or false, got " + JsonValues.describe(value));
            return fallback;
        }
        return value.booleanValue();
    }

    /** A string from the registry's allowed list, e.g. a device {@code gpu:1} or a metric {@code recall@50}. */
    String choiceText(String key) {
        Hyperparameter entry = entry(key);
        String fallback = (String) entry.defaultValue();
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isTextual() || !entry.accepts(value.asText())) {
            problem(path(key), notAllowed(entry, value));
            return fallback;
        }
        return value.asText();
    }

    <E extends Enum<E> & SpecEnum> E choice(String key, Class<E> type) {
        return SpecEnum.parse(type, choiceText(key)).orElseThrow(
                () -> new IllegalStateException("registry choices of " + key + " differ from " + type.getSimpleName()));
    }

    /** A list of distinct strings from the key's allowed choices; null when absent (the caller's default). */
    List<String> choiceList(String key) {
        return choiceList(key, false);
    }

    /** A list of strings from the key's allowed choices, repeats allowed or not; null when absent. */
    List<String> choiceList(String key, boolean repeatsAllowed) {
        Hyperparameter entry = entry(key);
        if (!has(key)) {
            return null;
        }
        JsonNode value = node.get(key);
        if (!value.isArray()) {
            problem(path(key), "must be a list of " + entry.allowed() + ", got " + JsonValues.describe(value));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() || !entry.accepts(item.asText())) {
                problem(path(key) + "[" + i + "]", notAllowed(entry, item));
            } else if (!repeatsAllowed && out.contains(item.asText())) {
                problem(path(key) + "[" + i + "]", "repeats \"" + item.asText() + "\"");
            } else {
                out.add(item.asText());
            }
        }
        return out;
    }

    List<Integer> integerList(String key) {
        Hyperparameter entry = entry(key);
        @SuppressWarnings("unchecked")
        List<Integer> fallback = (List<Integer>) entry.defaultValue();
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isArray()) {
            problem(path(key), "must be a list of whole numbers such as " + fallback + ", got "
                    + JsonValues.describe(value));
            return fallback;
        }
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String at = path(key) + "[" + i + "]";
            Long whole = JsonValues.wholeNumber(value.get(i));
            if (whole == null) {
                problem(at, "must be a whole number, got " + JsonValues.describe(value.get(i)));
            } else if (checkRange(at, entry, whole)) {
                result.add(whole.intValue());
            }
        }
        return result;
    }

    private boolean checkRange(String at, Hyperparameter entry, double value) {
        String why = entry.rangeProblem(value);
        if (why != null) {
            problem(at, why);
        }
        return why == null;
    }

    private static Long fallbackLong(Hyperparameter entry) {
        return entry.defaultValue() == null ? 0L : ((Number) entry.defaultValue()).longValue();
    }

    private Hyperparameter entry(String key) {
        return registry.get(SpecSchema.registryKey(context, key));
    }

    private static String notAllowed(Hyperparameter entry, JsonNode value) {
        String choices = "\"" + String.join("\", \"", entry.allowed()) + "\"";
        String message = "must be one of " + choices + ", got " + JsonValues.describe(value);
        if (value.isTextual()) {
            var match = DidYouMean.closest(value.asText(), entry.allowed());
            if (match.isPresent()) {
                message += "; did you mean \"" + match.get() + "\"?";
            }
        }
        return message;
    }

    private void rejectUnknownKeys() {
        List<String> allowed = SpecSchema.keys(context);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!allowed.contains(key)) {
                problem(path(key), DidYouMean.unknownKey(key, allowed));
            }
        }
    }
}
