package io.towerlab.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HyperparameterRegistryTest {

    /** Leaves that are names, paths and columns rather than hyperparameters. */
    private static final Set<String> FREE_TEXT = Set.of("name", "description", "data.path",
            "inputs.categorical.column", "inputs.numeric.column");

    private final HyperparameterRegistry registry = HyperparameterRegistry.standard();

    @Test
    void everyLeafOfAFullyPopulatedSpecHasARegistryEntry() throws SpecException {
        JsonNode tree = new SpecWriter().toTree(new SpecReader().read(SpecRoundTripTest.FULL, "full.json"));
        List<String> leaves = new ArrayList<>();
        collectLeaves(tree, "", leaves);

        assertThat(leaves).hasSizeGreaterThan(50);
        assertThat(leaves).filteredOn(key -> !FREE_TEXT.contains(key))
                .allSatisfy(key -> assertThat(registry.contains(key)).as("registered: %s", key).isTrue());
    }

    @Test
    void everyRegisteredKeyIsAKeyOfTheSchema() {
        assertThat(registry.all()).allSatisfy(entry -> {
            int dot = entry.key().lastIndexOf('.');
            String context = dot < 0 ? "" : entry.key().substring(0, dot);
            assertThat(SpecSchema.keys(context)).as(entry.key()).contains(entry.key().substring(dot + 1));
        });
    }

    @Test
    void everyDefaultLiesInItsOwnRangeAndChoices() {
        assertThat(registry.all()).allSatisfy(entry -> {
            Object value = entry.defaultValue();
            if (value instanceof Number number) {
                assertThat(entry.rangeProblem(number.doubleValue())).as(entry.key()).isNull();
            } else if (value instanceof String text) {
                assertThat(entry.accepts(text)).as(entry.key()).isTrue();
            } else if (value instanceof List<?> list) {
                list.forEach(k -> assertThat(entry.inRange(((Number) k).doubleValue())).as(entry.key()).isTrue());
            }
        });
    }

    @Test
    void choicesOfEnumBackedKeysAreTheEnumsJsonNames() {
        Map<String, List<String>> expected = Map.of(
                "loss.type", List.of("softmax", "pairce", "triplet", "fps"),
                "negatives.sampler", List.of("uniform", "popularity", "inbatch", "hard"),
                "optimizer.type", List.of("adam", "adamw", "sgd"),
                "similarity.type", List.of("dot", "cosine"),
                "data.split.type", List.of("leave-last-out", "random", "temporal", "predefined"),
                "data.format", List.of("auto", "csv", "tsv", "movielens", "manifest"),
                "layers.dense.activation", List.of("none", "relu", "tanh", "gelu"));

        expected.forEach((key, choices) -> assertThat(registry.get(key).allowed()).as(key).isEqualTo(choices));
    }

    @Test
    void everyEntryHasALabelAndOneSentenceOfHelp() {
        assertThat(registry.all()).allSatisfy(entry -> {
            assertThat(entry.label()).isNotBlank();
            assertThat(entry.help()).endsWith(".").doesNotContain("\n");
            if (entry.paperLink() != null) {
                assertThat(entry.paperLink()).startsWith("https://");
            }
        });
    }

    @Test
    void keysAreUnique() {
        Hyperparameter entry = registry.get("training.epochs");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HyperparameterRegistry(List.of(entry, entry)))
                .hasMessageContaining("training.epochs");
    }

    @Test
    void rangeMessagesFollowTheBoundKind() {
        assertThat(registry.get("layers.dense.units").rangeProblem(0)).isEqualTo("must be > 0");
        assertThat(registry.get("training.threads").rangeProblem(-1)).isEqualTo("must be >= 0");
        assertThat(registry.get("negatives.alpha").rangeProblem(1.5)).isEqualTo("must be <= 1");
        assertThat(registry.get("optimizer.momentum").rangeProblem(0.5)).isNull();
    }

    private static void collectLeaves(JsonNode node, String context, List<String> leaves) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                collectLeaves(value, SpecSchema.childContext(context, key), leaves);
            } else if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                for (JsonNode element : value) {
                    collectLeaves(element, SpecSchema.elementContext(context, key, element).orElseThrow(), leaves);
                }
            } else if (!key.equals("type") || context.isEmpty() || !(context.startsWith("inputs.")
                    || context.startsWith("layers."))) {
                leaves.add(SpecSchema.registryKey(context, key));
            }
        }
    }
}
