package io.towerlab.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.model.text.TextRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransformerEncoderTest {
    private final NDManager manager = NDManager.newBaseManager();
    private final ParameterStore store = new ParameterStore(manager, 5);
    /** Word ids per entity: a short text, a long one, and one word. */
    private final TextRows texts = new TextRows(new int[] {0, 2, 7, 8}, new int[] {3, 4, 5, 6, 7, 8, 9, 3}, null);

    @AfterEach
    void close() {
        store.close();
        manager.close();
    }

    private TransformerEncoder encoder(boolean first) {
        EmbeddingTable words = store.embedding("words", 10, 8, 0.5);
        return new TransformerEncoder(store, "t", texts, words, 16, 2, 2, first);
    }

    @Test
    void changingPaddedTokensDoesNotChangeTheOutput() {
        TransformerEncoder encoder = encoder(false);
        BatchRows rowsA = new BatchRows();
        EncoderInput a = encoder.prepare(new EntityBatch(new int[] {0, 1}, null), rowsA);
        float[][] outA = EncoderHarness.forward(encoder, a, rowsA, manager);
        // the same batch with every padded position of the short text pointing at other words
        BatchRows rowsB = new BatchRows();
        EncoderInput b = encoder.prepare(new EntityBatch(new int[] {0, 1}, null), rowsB);
        long[] indices = b.localIndices().clone();
        for (int j = 2; j < b.width(); j++) {
            indices[j] = (j % 4) + 1;
        }
        assertThat(indices).isNotEqualTo(b.localIndices());
        float[][] outB = EncoderHarness.forward(encoder,
                EncoderInput.bag(b.rows(), b.width(), indices, b.weights()), rowsB, manager);

        assertThat(b.width()).isEqualTo(5);
        assertThat(outB[0]).usingComparatorWithPrecision(1e-5f).containsExactly(outA[0]);
    }

    @Test
    void aTextGivesTheSameVectorAloneOrPaddedBesideALongerOneWithMeanPooling() {
        TransformerEncoder encoder = encoder(false);
        float[][] alone = EncoderHarness.forward(encoder, manager, 0);
        float[][] padded = EncoderHarness.forward(encoder, manager, 0, 1);

        assertThat(padded[0]).usingComparatorWithPrecision(1e-5f).containsExactly(alone[0]);
        assertThat(padded[1]).isNotEqualTo(padded[0]);
    }

    @Test
    void aTextGivesTheSameVectorAloneOrPaddedBesideALongerOneWithFirstTokenPooling() {
        TransformerEncoder encoder = encoder(true);
        float[][] alone = EncoderHarness.forward(encoder, manager, 0);
        float[][] padded = EncoderHarness.forward(encoder, manager, 0, 1);

        assertThat(padded[0]).usingComparatorWithPrecision(1e-5f).containsExactly(alone[0]);
    }

    @Test
    void trainingMovesTheOutputAndTheUsedWordsOnly() {
        TransformerEncoder encoder = encoder(true);
        EmbeddingTable words = store.tables().get(0);
        float[] before = words.weight().toFloatArray();
        float[][] outBefore = EncoderHarness.forward(encoder, manager, 2);

        EncoderHarness.step(encoder, store, EncoderHarness.adam(), 2);

        float[] after = words.weight().toFloatArray();
        float[][] outAfter = EncoderHarness.forward(encoder, manager, 2);
        assertThat(outAfter[0]).isNotEqualTo(outBefore[0]);
        for (int row = 0; row < 10; row++) {
            boolean changed = false;
            for (int j = 0; j < 8; j++) {
                changed |= before[row * 8 + j] != after[row * 8 + j];
            }
            assertThat(changed).as("word row %d", row).isEqualTo(row == 3);
        }
    }
}
