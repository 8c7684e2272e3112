package io.towerlab.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecOverridesTest {

    private static final String WITH_LAYERS = SpecFixtures.edited(t -> {
        ((com.fasterxml.jackson.databind.node.ObjectNode) t.get("queryTower")).set("layers",
                SpecFixtures.json("[{\"type\": \"dense\", \"units\": 64}]"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) t.get("docTower")).set("layers",
                SpecFixtures.json("[{\"type\": \"dense\", \"units\": 64}]"));
    });

    @Test
    void assignmentsSetNumbersBooleansStringsAndListElements() throws SpecException {
        ExperimentSpec spec = new SpecReader().read(WITH_LAYERS, "t", List.of(
                "loss.type=fps", "training.epochs=3", "docTower.layers[0].units=32", "queryTower.layers[0].units=32",
                "loss.logQ=true", "training.device=gpu:0", "optimizer.lr=1e-4", "evaluation.ks=[5,10,50]"));

        assertThat(spec.training().epochs()).isEqualTo(3);
        assertThat(spec.docTower().layers().get(0)).isEqualTo(new DenseLayerSpec(32, Activation.NONE));
        assertThat(spec.loss().logQ()).isTrue();
        assertThat(spec.training().device()).isEqualTo("gpu:0");
        assertThat(spec.optimizer().lr()).isEqualTo(1e-4);
        assertThat(spec.evaluation().ks()).containsExactly(5, 10, 50);
    }

    @Test
    void missingSectionsOnTheWayAreCreated() throws SpecException {
        ExperimentSpec spec = new SpecReader().read(SpecFixtures.MINIMAL, "t",
                List.of("training.earlyStopping.patience=5", "data.split.type=random"));

        assertThat(spec.training().earlyStopping()).isEqualTo(new EarlyStoppingSpec("recall@50", 5));
        assertThat(spec.data().split().type()).isEqualTo(SplitType.RANDOM);
    }

    @Test
    void nullRemovesAnOptionalSection() throws SpecException {
        String json = SpecFixtures.edited(t -> t.putObject("training").putObject("earlyStopping").put("patience", 2));

        ExperimentSpec spec = new SpecReader().read(json, "t", List.of("training.earlyStopping=null"));

        assertThat(spec.training().earlyStopping()).isNull();
    }

    @Test
    void valuesThatAreNotJsonAreStrings() {
        assertThat(SpecOverrides.value("fps").textValue()).isEqualTo("fps");
        assertThat(SpecOverrides.value("my run 2").textValue()).isEqualTo("my run 2");
        assertThat(SpecOverrides.value("\"42\"").textValue()).isEqualTo("42");
        assertThat(SpecOverrides.value("42").intValue()).isEqualTo(42);
        assertThat(SpecOverrides.value("null").isNull()).isTrue();
        assertThat(SpecOverrides.value("").textValue()).isEmpty();
    }

    @Test
    void unknownKeysGetADidYouMean() {
        assertThatThrownBy(() -> SpecOverrides.apply(SpecFixtures.minimalTree(),
                List.of("training.epoch=3", "docTowr.normalize=true", "queryTower.inputs[0].dims=8")))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.problems()).extracting(Object::toString)
                        .containsExactly("training.epoch: unknown key; did you mean \"epochs\"?",
                                "docTowr: unknown key; did you mean \"docTower\"?",
                                "queryTower.inputs[0].dims: unknown key; did you mean \"dim\"?"));
    }

    @Test
    void missingListElementsAndMalformedAssignmentsAreReported() {
        assertThatThrownBy(() -> SpecOverrides.apply(SpecFixtures.json(WITH_LAYERS),
                List.of("docTower.layers[3].units=8", "training.epochs", "training..epochs=2")))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.problems()).extracting(Object::toString)
                        .containsExactly("docTower.layers[3]: does not exist: the list has 1 elements (indices 0 to 0)",
                                "\"training.epochs\" is not of the form key.path=value, e.g. training.epochs=3",
                                "training..epochs: is not a key path; write keys separated by dots, with [i] for a "
                                        + "list element, e.g. docTower.layers[0].units"));
    }

    @Test
    void theGivenTreeIsLeftUnchanged() throws SpecException {
        JsonNode tree = SpecFixtures.minimalTree();
        String before = tree.toString();

        JsonNode changed = SpecOverrides.apply(tree, List.of("training.epochs=3"));

        assertThat(tree.toString()).isEqualTo(before);
        assertThat(changed.at("/training/epochs").intValue()).isEqualTo(3);
    }

    @Test
    void overriddenValuesAreValidatedLikeWrittenOnes() {
        assertThatThrownBy(() -> new SpecReader().read(WITH_LAYERS, "run.json", List.of("docTower.layers[0].units=-1")))
                .hasMessage("run.json: docTower.layers[0].units: must be > 0");
    }
}
