package io.towerlab.core.spec;

import static io.towerlab.core.spec.SpecFixtures.edited;
import static io.towerlab.core.spec.SpecFixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class SpecReaderProblemsTest {

    @Test
    void outOfRangeValueIsReportedAtItsJsonPathWithTheRegistryBound() {
        String json = edited(t -> {
            ObjectNode doc = (ObjectNode) t.get("docTower");
            doc.putArray("layers").addObject().put("type", "dense").put("units", 64);
            ((com.fasterxml.jackson.databind.node.ArrayNode) doc.get("layers")).addObject().put("type", "dropout");
            ((com.fasterxml.jackson.databind.node.ArrayNode) doc.get("layers")).addObject()
                    .put("type", "dense").put("units", 0);
        });

        assertThat(problemsOf(json)).containsExactly("docTower.layers[2].units: must be > 0");
    }

    @Test
    void valueAboveMaximumNamesTheMaximum() {
        String json = edited(t -> t.putObject("similarity").put("maxLogitScale", 20000));

        assertThat(problemsOf(json)).containsExactly("similarity.maxLogitScale: must be <= 10000");
    }

    @Test
    void inclusiveMinimumIsWrittenAsGreaterOrEqual() {
        String json = edited(t -> t.putObject("training").put("epochs", 0));

        assertThat(problemsOf(json)).containsExactly("training.epochs: must be >= 1");
    }

    @Test
    void unknownKeySuggestsTheClosestAllowedKey() {
        String json = edited(t -> t.putObject("training").put("epoch", 3));

        assertThat(problemsOf(json)).containsExactly("training.epoch: unknown key; did you mean \"epochs\"?");
    }

    @Test
    void unknownKeyWithNothingCloseListsTheAllowedKeys() {
        String json = edited(t -> t.putObject("negatives").put("strategy", "uniform"));

        assertThat(problemsOf(json)).containsExactly("negatives.strategy: unknown key; the keys here are "
                + "sampler, count, alpha, hardPoolSize, hardMix");
    }

    @Test
    void unknownKeyInsideAnEncoderIsCheckedAgainstThatEncodersKeys() {
        String json = edited(t -> ((ObjectNode) t.get("queryTower").get("inputs").get(0)).put("dims", 32));

        assertThat(problemsOf(json)).containsExactly("queryTower.inputs[0].dims: unknown key; did you mean \"dim\"?");
    }

    @Test
    void wrongTypeNamesTheExpectedTypeAndTheGivenValue() {
        String json = edited(t -> {
            t.putObject("optimizer").put("lr", "fast");
            t.putObject("training").put("batchSize", 12.5).put("seed", true);
            t.putObject("loss").put("logQ", "yes");
        });

        assertThat(problemsOf(json)).containsExactly(
                "loss.logQ: must be true or false, got the string \"yes\"",
                "optimizer.lr: must be a number, got the string \"fast\"",
                "training.batchSize: must be a whole number, got 12.5",
                "training.seed: must be a whole number, got true");
    }

    @Test
    void enumValueOutsideTheListShowsTheListAndASuggestion() {
        String json = edited(t -> t.putObject("loss").put("type", "softmx"));

        assertThat(problemsOf(json)).containsExactly("loss.type: must be one of \"softmax\", \"pairce\", "
                + "\"triplet\", \"fps\", got the string \"softmx\"; did you mean \"softmax\"?");
    }

    @Test
    void deviceAcceptsNumberedGpusButNotOtherNames() throws SpecException {
        ExperimentSpec spec = new SpecReader().read(edited(t -> t.putObject("training").put("device", "gpu:1")), "t");
        assertThat(spec.training().device()).isEqualTo("gpu:1");

        assertThat(problemsOf(edited(t -> t.putObject("training").put("device", "gpu:x"))))
                .containsExactly("training.device: must be one of \"auto\", \"cpu\", \"gpu\", \"gpu:N\", "
                        + "got the string \"gpu:x\"; did you mean \"gpu:N\"?");
    }

    @Test
    void missingRequiredFieldsAreEachReported() {
        String json = "{\"data\": {}, \"queryTower\": {\"inputs\": []}, \"docTower\": {\"inputs\": [{\"type\": \"categorical\"}]}}";

        assertThat(problemsOf(json)).containsExactly(
                "name: is required",
                "data.path: is required",
                "queryTower.inputs: must list at least one input, e.g. [{\"type\": \"id\"}]",
                "docTower.inputs[0].column: is required");
    }

    @Test
    void missingTowerSaysWhatATowerNeeds() {
        String json = "{\"name\": \"x\", \"data\": {\"path\": \"a.csv\"}, \"queryTower\": {\"inputs\": [{\"type\": \"id\"}]}}";

        assertThat(problemsOf(json)).containsExactly(
                "docTower: is required: a tower needs at least its inputs, e.g. {\"inputs\": [{\"type\": \"id\"}]}");
    }

    @Test
    void sectionOfTheWrongTypeIsReportedOnceWithoutFollowUpProblems() {
        String json = edited(t -> {
            t.put("queryTower", 5);
            t.put("data", "clicks.csv");
            t.put("training", "fast");
        });

        assertThat(problemsOf(json)).containsExactly(
                "data: must be an object {...}, got the string \"clicks.csv\"",
                "queryTower: must be an object {...}, got 5",
                "training: must be an object {...}, got the string \"fast\"");
    }

    @Test
    void unknownEncoderTypeListsTheKnownTypes() {
        String json = edited(t -> ((ObjectNode) t.get("docTower").get("inputs").get(0)).put("type", "trigrams"));

        assertThat(problemsOf(json)).containsExactly("docTower.inputs[0].type: unknown input type \"trigrams\"; "
                + "the known types are id, categorical, numeric, history, trigram, tokens, transformer, pretrained; "
                + "did you mean \"trigram\"?");
    }

    @Test
    void misspeltLayerTypeGetsASuggestion() {
        String json = edited(t -> ((ObjectNode) t.get("docTower")).putArray("layers").addObject().put("type", "dens"));

        assertThat(problemsOf(json)).containsExactly("docTower.layers[0].type: unknown layer type \"dens\"; "
                + "the known types are dense, dropout, layernorm; did you mean \"dense\"?");
    }

    @Test
    void everyFieldProblemIsCollectedNotJustTheFirst() {
        String json = edited(t -> {
            t.putObject("training").put("epoch", 3).put("batchSize", -1);
            t.putObject("optimizer").put("lr", 0);
            t.putObject("evaluation").putArray("ks").add(10).add(-5);
        });

        assertThat(problemsOf(json)).containsExactly(
                "optimizer.lr: must be > 0",
                "training.epoch: unknown key; did you mean \"epochs\"?",
                "training.batchSize: must be >= 1",
                "evaluation.ks[1]: must be > 0");
    }

    @Test
    void syntaxErrorCarriesLineAndColumn() {
        String json = "{\n  \"name\": \"x\",\n  \"data\": {\"path\": \"a.csv\",}\n}";

        assertThatThrownBy(() -> new SpecReader().read(json, "broken.json"))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    SpecProblem problem = e.problems().get(0);
                    assertThat(problem.line()).isEqualTo(3);
                    assertThat(problem.column()).isEqualTo(28);
                    assertThat(e.getMessage()).startsWith("broken.json:3:28: JSON syntax error: Unexpected character ('}'");
                });
    }

    @Test
    void duplicateKeyIsASyntaxError() {
        String json = "{\"name\": \"x\",\n \"name\": \"y\"}";

        assertThatThrownBy(() -> new SpecReader().read(json, "dup.json"))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.getMessage())
                        .startsWith("dup.json:2:").contains("Duplicate field 'name'"));
    }

    @Test
    void exceptionMessageListsEveryProblemUnderTheSourceName() {
        String json = edited(t -> t.putObject("training").put("epoch", 3).put("threads", -1));

        assertThatThrownBy(() -> new SpecReader().read(json, "run.json")).hasMessage("""
                run.json: 2 problems
                  training.epoch: unknown key; did you mean "epochs"?
                  training.threads: must be >= 0""");
    }

    @Test
    void missingFileIsReportedAsASpecProblem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        assertThatThrownBy(() -> new SpecReader().read(dir.resolve("absent.json")))
                .isInstanceOf(SpecException.class).hasMessageEndingWith("absent.json: no such file; check the path");
    }
}
