package io.towerlab.core.spec;

import static io.towerlab.core.spec.SpecFixtures.edited;
import static io.towerlab.core.spec.SpecFixtures.json;
import static io.towerlab.core.spec.SpecFixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class SpecValidatorTest {

    @Test
    void towersEndingInDifferentSizesAreRejectedWithBothSizes() {
        String json = edited(t -> {
            ((ObjectNode) t.get("queryTower")).set("layers", json("[{\"type\": \"dense\", \"units\": 64}]"));
            ((ObjectNode) t.get("docTower")).set("layers", json("[{\"type\": \"dense\", \"units\": 128},"
                    + " {\"type\": \"dropout\", \"rate\": 0.2}]"));
        });

        assertThat(problemsOf(json)).containsExactly("the two towers end in 64 and 128 dimensions: a dot product "
                + "needs equal sizes; make the last dense layers' units (or the input sizes of a tower without "
                + "dense layers) match");
    }

    @Test
    void historyInTheDocumentTowerIsRejected() {
        String json = edited(t -> ((ArrayNode) t.get("docTower").get("inputs"))
                .addObject().put("type", "history").put("shareDocumentTable", false));
        String queryGrows = json.replace("\"queryTower\":{\"inputs\":[{\"type\":\"id\"}]}",
                "\"queryTower\":{\"inputs\":[{\"type\":\"id\",\"dim\":128}]}");

        assertThat(problemsOf(queryGrows)).containsExactly("docTower.inputs[1]: a history input belongs in the query "
                + "tower: it is the documents the query clicked before; move it to queryTower.inputs");
    }

    @Test
    void sharedHistoryTableMustMatchTheDocumentIdSize() {
        String json = edited(t -> {
            ((ObjectNode) t.get("queryTower")).set("inputs", json("[{\"type\": \"history\", \"dim\": 32}]"));
            ((ObjectNode) t.get("queryTower")).set("layers", json("[{\"type\": \"dense\", \"units\": 64}]"));
        });

        assertThat(problemsOf(json)).containsExactly(
                "queryTower.inputs[0].dim: must equal the document id embedding's dim (64) because "
                        + "shareDocumentTable is true");
    }

    @Test
    void sharedHistoryTableNeedsADocumentIdInput() {
        String json = edited(t -> {
            ((ObjectNode) t.get("queryTower")).set("inputs", json("[{\"type\": \"history\", \"dim\": 8}]"));
            ((ObjectNode) t.get("docTower")).set("inputs", json("[{\"type\": \"categorical\", \"column\": \"genre\","
                    + " \"dim\": 8}]"));
        });

        assertThat(problemsOf(json)).containsExactly("queryTower.inputs[0].shareDocumentTable: the document tower "
                + "has no id input whose table could be shared; add {\"type\": \"id\"} to docTower.inputs or set "
                + "this to false");
    }

    @Test
    void sampledLossesRequireANegativesSection() {
        String json = edited(t -> t.putObject("loss").put("type", "softmax"));

        assertThat(problemsOf(json)).containsExactly(
                "negatives: is required when loss.type is \"softmax\": add e.g. {\"sampler\": \"uniform\", \"count\": 10}");
    }

    @Test
    void fpsNeedsNoNegativesSection() {
        assertThatCode(() -> new SpecReader().read(SpecFixtures.MINIMAL, "t")).doesNotThrowAnyException();
    }

    @Test
    void fpsOnlyOptionsSetWithAnotherLossAreRejected() {
        String json = edited(t -> {
            t.putObject("loss").put("type", "triplet").put("logQ", true).put("symmetric", false);
            t.putObject("negatives").put("sampler", "uniform");
        });

        assertThat(problemsOf(json)).containsExactly(
                "loss.logQ: applies only to loss.type \"fps\", not \"triplet\"; remove it or set it to false");
    }

    @Test
    void learnedTemperatureMustStartWithinItsCap() {
        String json = edited(t -> t.putObject("similarity").put("temperature", 0.005).put("learnTemperature", true));

        assertThat(problemsOf(json)).containsExactly("similarity.temperature: 1/τ = 200 is above "
                + "similarity.maxLogitScale (100), so the learned scale would start beyond its cap; use τ >= 0.01 "
                + "or raise maxLogitScale");
    }

    @Test
    void cutOffsMustIncreaseWithoutRepeats() {
        String json = edited(t -> t.putObject("evaluation").set("ks", json("[10, 100, 50, 50]")));

        assertThat(problemsOf(json)).contains("evaluation.ks: must be in increasing order without repeats, "
                + "e.g. [10, 50, 100]; got [10, 100, 50, 50]");
    }

    @Test
    void bestEpochMetricMustUseAMeasuredCutOff() {
        String json = edited(t -> {
            t.putObject("evaluation").put("metric", "ndcg@20");
            t.putObject("training").putObject("earlyStopping").put("metric", "mrr");
        });

        assertThat(problemsOf(json)).containsExactly("evaluation.metric: ndcg@20 is measured only when 20 is in "
                + "evaluation.ks [10, 50, 100]; add it there or pick another k");
    }

    @Test
    void inBatchNegativesCannotOutnumberTheRestOfTheBatch() {
        String json = edited(t -> {
            t.putObject("loss").put("type", "pairce");
            t.putObject("negatives").put("sampler", "inbatch").put("count", 20);
            t.putObject("training").put("batchSize", 16);
        });

        assertThat(problemsOf(json)).containsExactly("negatives.count: the inbatch sampler draws from the other 15 "
                + "pairs of a batch; use at most 15 negatives or a larger training.batchSize");
    }

    @Test
    void splitFractionsMustLeaveRoomForTraining() {
        String json = edited(t -> ((ObjectNode) t.get("data")).putObject("split").put("type", "random")
                .put("validFraction", 0.5).put("testFraction", 0.5));

        assertThat(problemsOf(json)).containsExactly("data.split: validFraction + testFraction must be below 1, "
                + "got 0.5 + 0.5");
    }

    @Test
    void repeatedInputIsRejected() {
        String json = edited(t -> ((ObjectNode) t.get("docTower")).set("inputs", json("[{\"type\": \"id\", \"dim\": 32},"
                + " {\"type\": \"numeric\", \"column\": \"year\"}, {\"type\": \"numeric\", \"column\": \"year\"},"
                + " {\"type\": \"id\", \"dim\": 30}]")));

        assertThat(problemsOf(json)).containsExactly(
                "docTower.inputs[2]: repeats an earlier input (numeric column year); a tower takes each input once",
                "docTower.inputs[3]: repeats an earlier input (id); a tower takes each input once");
    }

    @Test
    void normalizeWithCosineIsAllowed() {
        String json = edited(t -> ((ObjectNode) t.get("queryTower")).put("normalize", true));

        assertThatCode(() -> new SpecReader().read(json, "t")).doesNotThrowAnyException();
    }
}
