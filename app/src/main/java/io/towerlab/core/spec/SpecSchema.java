package io.towerlab.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of a spec's JSON: which keys each object may hold. Objects are named by a <em>context</em>,
 * which is also the prefix of their keys in the {@link HyperparameterRegistry}: {@code ""} for the root,
 * {@code "training"}, {@code "data.split"}, {@code "tower"} for either tower, {@code "inputs.history"} for a
 * history input, {@code "layers.dense"} for a dense layer. So {@code docTower.layers[2].units} is read in
 * context {@code layers.dense} and checked against the registry key {@code layers.dense.units}.
 */
public final class SpecSchema {

    public static final String TOWER = "tower";

    private static final Map<String, List<String>> KEYS = Map.ofEntries(
            Map.entry("", List.of("name", "description", "data", "queryTower", "docTower", "similarity", "loss",
                    "negatives", "optimizer", "training", "evaluation", "init")),
            Map.entry("init", List.of("run", "towers", "freeze")),
            Map.entry("data", List.of("path", "format", "minRelevance", "split")),
            Map.entry("data.split", List.of("type", "validFraction", "testFraction", "minInteractions", "seed",
                    "validFrom", "testFrom")),
            Map.entry(TOWER, List.of("inputs", "layers", "normalize")),
            Map.entry("similarity", List.of("type", "temperature", "learnTemperature", "maxLogitScale")),
            Map.entry("loss", List.of("type", "margin", "symmetric", "logQ", "maskAccidentalHits")),
            Map.entry("negatives", List.of("sampler", "count", "alpha", "hardPoolSize", "hardMix")),
            Map.entry("optimizer", List.of("type", "lr", "weightDecay", "clipGradNorm", "momentum")),
            Map.entry("training", List.of("epochs", "batchSize", "seed", "device", "devices", "threads",
                    "earlyStopping")),
            Map.entry("training.earlyStopping", List.of("metric", "patience")),
            Map.entry("evaluation", List.of("ks", "validEvery", "metric")));

    private SpecSchema() {
    }

    /** The keys an object in this context may hold, in the order the writer uses; empty if unknown. */
    public static List<String> keys(String context) {
        if (context.startsWith("inputs.")) {
            return EncoderKinds.find(context.substring(7)).map(EncoderKinds.Kind::keys).orElse(List.of());
        }
        if (context.startsWith("layers.")) {
            return LayerKinds.find(context.substring(7)).map(LayerKinds.Kind::keys).orElse(List.of());
        }
        return KEYS.getOrDefault(context, List.of());
    }

    /** The encoder types a tower input may have, e.g. {@code id}, {@code categorical}. */
    public static List<String> encoderTypes() {
        return EncoderKinds.types();
    }

    /** The layer types a tower may have, e.g. {@code dense}, {@code dropout}. */
    public static List<String> layerTypes() {
        return LayerKinds.types();
    }

    /** The context of an object held under {@code key} in an object of context {@code parent}. */
    public static String childContext(String parent, String key) {
        if (parent.isEmpty()) {
            return key.equals("queryTower") || key.equals("docTower") ? TOWER : key;
        }
        return parent + "." + key;
    }

    /**
     * The context of an element of a list held under {@code key} in context {@code parent}: a tower's inputs
     * and layers are contexts by their {@code "type"}; empty when the element has no known type.
     */
    public static Optional<String> elementContext(String parent, String key, JsonNode element) {
        if (!parent.equals(TOWER) || !(key.equals("inputs") || key.equals("layers"))) {
            return Optional.empty();
        }
        JsonNode type = element.path("type");
        if (!type.isTextual()) {
            return Optional.empty();
        }
        boolean known = key.equals("inputs") ? EncoderKinds.find(type.asText()).isPresent()
                : LayerKinds.find(type.asText()).isPresent();
        return known ? Optional.of(key + "." + type.asText()) : Optional.empty();
    }

    /** The registry key of a scalar held under {@code key} in an object of this context. */
    public static String registryKey(String context, String key) {
        return context.isEmpty() ? key : context + "." + key;
    }
}
