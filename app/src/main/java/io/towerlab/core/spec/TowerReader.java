package io.towerlab.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads a tower's JSON: its inputs and layers, each an object whose {@code "type"} picks an encoder or layer kind. */
final class TowerReader {

    private TowerReader() {
    }

    static TowerSpec read(NodeFields root, String key) {
        if (!root.has(key)) {
            root.problem(root.path(key), "is required: a tower needs at least its inputs, e.g. "
                    + "{\"inputs\": [{\"type\": \"id\"}]}");
            return new TowerSpec(List.of(), List.of(), false);
        }
        NodeFields tower = root.child(key);
        if (!tower.isObject()) {
            return new TowerSpec(List.of(), List.of(), false);
        }
        List<EncoderSpec> inputs = list(tower, "inputs", true, EncoderKinds.types(),
                type -> EncoderKinds.find(type).map(EncoderKinds.Kind::reader));
        List<LayerSpec> layers = list(tower, "layers", false, LayerKinds.types(),
                type -> LayerKinds.find(type).map(LayerKinds.Kind::reader));
        return new TowerSpec(inputs, layers, tower.bool("normalize"));
    }

    private static <T> List<T> list(NodeFields tower, String key, boolean required, List<String> types,
                                    Function<String, Optional<Function<NodeFields, T>>> readers) {
        String noun = key.equals("inputs") ? "input" : "layer";
        JsonNode array = tower.raw(key);
        if (!tower.has(key)) {
            if (required) {
                tower.problem(tower.path(key), "is required: list at least one input, e.g. [{\"type\": \"id\"}]");
            }
            return List.of();
        }
        if (!array.isArray()) {
            tower.problem(tower.path(key), "must be a list of " + noun + "s [...], got " + JsonValues.describe(array));
            return List.of();
        }
        if (required && array.isEmpty()) {
            tower.problem(tower.path(key), "must list at least one input, e.g. [{\"type\": \"id\"}]");
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = tower.path(key) + "[" + i + "]";
            JsonNode element = array.get(i);
            if (!element.isObject()) {
                tower.problem(at, "must be an object with a \"type\", got " + JsonValues.describe(element));
                continue;
            }
            JsonNode type = element.path("type");
            if (!type.isTextual()) {
                tower.problem(at + ".type", "is required: one of " + String.join(", ", types));
                continue;
            }
            Optional<Function<NodeFields, T>> reader = readers.apply(type.asText());
            if (reader.isEmpty()) {
                tower.problem(at + ".type", unknownType(noun, type.asText(), types));
                continue;
            }
            NodeFields fields = tower.element(element, at, key + "." + type.asText());
            result.add(reader.get().apply(fields));
        }
        return result;
    }

    private static String unknownType(String noun, String type, List<String> types) {
        String message = "unknown " + noun + " type \"" + type + "\"; the known types are " + String.join(", ", types);
        return DidYouMean.closest(type, types).map(m -> message + "; did you mean \"" + m + "\"?").orElse(message);
    }
}
