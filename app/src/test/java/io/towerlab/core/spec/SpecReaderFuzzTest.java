package io.towerlab.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Damaged specs are always answered with a SpecException naming problems, never with another exception. */
class SpecReaderFuzzTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Property(tries = 300)
    void anyDamageToAValidSpecIsReportedAsSpecProblems(@ForAll @IntRange(min = 0, max = 10_000) int where,
                                                      @ForAll("values") JsonNode replacement,
                                                      @ForAll boolean delete) {
        ObjectNode tree = (ObjectNode) SpecFixtures.json(SpecRoundTripTest.FULL);
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        Slot slot = slots.get(where % slots.size());
        if (delete && slot.parent instanceof ObjectNode object) {
            object.remove(slot.key);
        } else {
            slot.replace(replacement);
        }

        try {
            ExperimentSpec spec = new SpecReader().read(tree.toString(), "fuzz.json");
            assertThat(spec).isNotNull();
        } catch (SpecException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).isNotBlank());
        }
    }

    @Property(tries = 200)
    void anyOverrideIsAppliedOrReportedAsSpecProblems(@ForAll("paths") String path,
                                                     @ForAll("values") JsonNode value) {
        try {
            new SpecReader().read(SpecRoundTripTest.FULL, "fuzz.json", List.of(path + "=" + value));
        } catch (SpecException e) {
            assertThat(e.problems()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<JsonNode> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(JSON::textNode),
                Arbitraries.of("fps", "dense", "id", "history", "gpu:3", "recall@7", "cosine").map(JSON::textNode),
                Arbitraries.integers().between(-5, 300).map(JSON::numberNode),
                Arbitraries.doubles().between(-1e12, 1e12).map(JSON::numberNode),
                Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE).map(JSON::numberNode),
                Arbitraries.of(true, false).map(JSON::booleanNode),
                Arbitraries.just(JSON.nullNode()),
                Arbitraries.just(JSON.arrayNode().add(1).add("x")),
                Arbitraries.just(JSON.objectNode().put("type", "dense")),
                Arbitraries.just(JSON.objectNode()));
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("training.epochs", "loss.type", "queryTower.inputs[3].dim", "queryTower.inputs[9].dim",
                "docTower.layers[0]", "docTower.layers[0].units", "evaluation.ks[1]", "negatives", "data.split.seed",
                "training.earlyStopping.metric", "similarity.temperature", "name", "queryTower.layers[1].rate",
                "docTower.inputs", "trainin.epochs", "x", "data.split", "training.earlyStopping");
    }

    /** A place in the tree: a key of an object or an index of an array. */
    private record Slot(JsonNode parent, String key, int index) {
        void replace(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                slots.add(new Slot(node, field.getKey(), -1));
                collect(field.getValue(), slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(node, null, i));
                collect(node.get(i), slots);
            }
        }
    }
}
