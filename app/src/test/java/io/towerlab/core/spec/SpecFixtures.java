package io.towerlab.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/** Spec JSON for tests: the smallest valid spec, and edited copies of it. */
final class SpecFixtures {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static final String MINIMAL = """
            {
              "name": "minimal",
              "data": {"path": "clicks.csv"},
              "queryTower": {"inputs": [{"type": "id"}]},
              "docTower": {"inputs": [{"type": "id"}]}
            }
            """;

    private SpecFixtures() {
    }

    static ObjectNode minimalTree() {
        try {
            return (ObjectNode) MAPPER.readTree(MINIMAL);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The minimal spec after an edit of its tree, as JSON text. */
    static String edited(Consumer<ObjectNode> edit) {
        ObjectNode tree = minimalTree();
        edit.accept(tree);
        return tree.toString();
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The problems of reading a spec that must fail, as {@code path: message} strings. */
    static List<String> problemsOf(String json) {
        try {
            new SpecReader().read(json, "test.json");
        } catch (SpecException e) {
            return e.problems().stream().map(SpecProblem::toString).toList();
        }
        throw new AssertionError("expected the spec to be rejected: " + json);
    }
}
