package io.towerlab.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.towerlab.core.model.text.TextRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tiny model of {@code tiny-text-encoder/make_model.py}, whose expected outputs the script wrote. */
class PretrainedEncoderTest {
    private static final Path FOLDER = Path.of("src", "test", "resources", "tiny-text-encoder");
    private final NDManager manager = NDManager.newBaseManager();
    private final ParameterStore store = new ParameterStore(manager, 1);

    @AfterEach
    void close() {
        store.close();
        manager.close();
    }

    private static JsonNode expected() throws Exception {
        return new ObjectMapper().readTree(FOLDER.resolve("expected.json").toFile());
    }

    private static String[] texts(JsonNode expected) {
        List<String> texts = new ArrayList<>();
        expected.get("texts").forEach(t -> texts.add(t.asText()));
        return texts.toArray(String[]::new);
    }

    private PretrainedEncoder encoder(boolean frozen, String[] texts) {
        PretrainedTextModel model = PretrainedTextModel.load(FOLDER, !frozen, manager);
        store.closeWith(model);
        TextRows rows = TextRows.sequences(texts, t -> model.tokenizer().encode(t, 16));
        return new PretrainedEncoder(store, "p", model, rows, 4, frozen);
    }

    @Test
    void theTokenizerGivesTheIdsThePythonScriptComputed() throws Exception {
        JsonNode expected = expected();
        try (PretrainedTextModel model = PretrainedTextModel.load(FOLDER, false, manager)) {
            String[] texts = texts(expected);
            for (int i = 0; i < texts.length; i++) {
                int[] ids = new int[expected.get("ids").get(i).size()];
                for (int j = 0; j < ids.length; j++) {
                    ids[j] = expected.get("ids").get(i).get(j).asInt();
                }
                assertThat(model.tokenizer().encode(texts[i], 16)).as(texts[i]).containsExactly(ids);
            }
        }
    }

    @Test
    void theLoadedModelMeanPoolsToTheValuesPyTorchComputed() throws Exception {
        JsonNode expected = expected();
        String[] texts = texts(expected);
        for (boolean frozen : new boolean[] {true, false}) {
            try (NDManager scope = manager.newSubManager();
                 PretrainedTextModel model = PretrainedTextModel.load(FOLDER, !frozen, scope)) {
                TextRows rows = TextRows.sequences(texts, t -> model.tokenizer().encode(t, 16));
                PretrainedEncoder encoder = new PretrainedEncoder(new ParameterStore(scope, 1), "p", model, rows, 4,
                        frozen);
                BatchRows batchRows = new BatchRows();
                EncoderInput input = encoder.prepare(new EntityBatch(new int[] {0, 1, 2}, null), batchRows);
                float[] pooled = model.pooled(scope.create(input.localIndices(), new ai.djl.ndarray.types.Shape(3, input.width())),
                        scope.create(toLongs(input.weights()), new ai.djl.ndarray.types.Shape(3, input.width())), false)
                        .toFloatArray();

                assertThat(model.hiddenSize()).isEqualTo(16);
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 16; j++) {
                        assertThat(pooled[i * 16 + j]).as("text %d, value %d, frozen %s", i, j, frozen)
                                .isCloseTo((float) expected.get("meanPooled").get(i).get(j).asDouble(),
                                        org.assertj.core.api.Assertions.within(2e-5f));
                    }
                }
            }
        }
    }

    private static long[] toLongs(float[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (long) values[i];
        }
        return out;
    }

    @Test
    void theEncoderProjectsEveryTextToItsDimension() throws Exception {
        PretrainedEncoder encoder = encoder(true, texts(expected()));

        float[][] out = EncoderHarness.forward(encoder, manager, 0, 1, 2);

        assertThat(encoder.outputDim()).isEqualTo(4);
        assertThat(out).hasDimensions(3, 4);
        assertThat(EncoderHarness.forward(encoder, manager, 0, 1, 2)).isDeepEqualTo(out);
    }

    @Test
    void frozenOnlyTheProjectionLearns() throws Exception {
        PretrainedEncoder encoder = encoder(true, texts(expected()));
        List<float[]> before = weightsOf(encoder);

        EncoderHarness.step(encoder, store, EncoderHarness.adam(), 0, 1, 2);

        assertThat(store.denseParameters()).extracting(DenseParameter::name)
                .containsExactly("p.projection.weight", "p.projection.bias");
        List<float[]> after = weightsOf(encoder);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).isEqualTo(before.get(i));
        }
    }

    @Test
    void fineTunedThePretrainedWeightsAreParametersAndLearn() throws Exception {
        PretrainedEncoder encoder = encoder(false, texts(expected()));
        List<float[]> before = weightsOf(encoder);
        float[][] outBefore = EncoderHarness.forward(encoder, manager, 0, 1, 2);

        EncoderHarness.step(encoder, store, EncoderHarness.adam(), 0, 1, 2);

        assertThat(store.denseParameters()).extracting(DenseParameter::name)
                .contains("p.pretrained.tokens.weight", "p.pretrained.qkv.weight", "p.projection.weight");
        List<float[]> after = weightsOf(encoder);
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            changed += java.util.Arrays.equals(after.get(i), before.get(i)) ? 0 : 1;
        }
        assertThat(changed).isGreaterThan(before.size() / 2);
        assertThat(EncoderHarness.forward(encoder, manager, 0, 1, 2)[0]).isNotEqualTo(outBefore[0]);
    }

    @Test
    void aFolderWithoutTheModelIsReportedWithWhatItNeeds(@TempDir Path empty) {
        assertThatThrownBy(() -> PretrainedTextModel.load(empty, false, manager))
                .hasMessageContaining("has no model.pt").hasMessageContaining("vocab.txt")
                .hasMessageContaining("torch.jit.trace");
    }

    private List<float[]> weightsOf(PretrainedEncoder encoder) {
        return encoder.model().weights().stream().map(p -> p.getValue().toFloatArray()).toList();
    }
}
