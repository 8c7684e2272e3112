package io.towerlab.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.model.text.LetterTrigramHasher;
import io.towerlab.core.model.text.TextRows;
import io.towerlab.core.model.text.WordVocabulary;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TextBagEncoderTest {
    private final NDManager manager = NDManager.newBaseManager();
    private final ParameterStore store = new ParameterStore(manager, 3);

    @AfterEach
    void close() {
        store.close();
        manager.close();
    }

    @Test
    void trigramBagIsTheSumOfItsBucketRows() {
        LetterTrigramHasher hasher = new LetterTrigramHasher(500, false);
        EmbeddingTable table = store.embedding("t", 500, 8, 0.1);
        TextBagEncoder encoder = new TextBagEncoder("trigram", TextRows.bags(
                new String[] {"good", "good good", "", "ood"}, hasher::hash), table, true);

        float[][] out = EncoderHarness.forward(encoder, manager, 0, 1, 2, 3);

        float[] weights = table.weight().toFloatArray();
        float[] expected = new float[8];
        for (int bucket : hasher.hash("good")) {
            for (int j = 0; j < 8; j++) {
                expected[j] += weights[bucket * 8 + j];
            }
        }
        for (int j = 0; j < 8; j++) {
            assertThat(out[0][j]).isCloseTo(expected[j], within(1e-5f));
            assertThat(out[1][j]).isCloseTo(2 * expected[j], within(1e-5f));
            assertThat(out[2][j]).isZero();
        }
    }

    @Test
    void tokensAreMeanPooledSoRepeatingAWordChangesNothing() {
        WordVocabulary vocabulary = WordVocabulary.build(List.of("red shoe", "blue shoe"), 100, 1);
        EmbeddingTable table = store.embedding("w", vocabulary.size(), 4, 0.1);
        TextBagEncoder encoder = new TextBagEncoder("tokens", TextRows.sequences(
                new String[] {"red", "red red", "red blue"}, t -> vocabulary.encode(t, 8)), table, false);

        float[][] out = EncoderHarness.forward(encoder, manager, 0, 1, 2);
        float[] w = table.weight().toFloatArray();
        int red = vocabulary.id("red");
        int blue = vocabulary.id("blue");

        for (int j = 0; j < 4; j++) {
            assertThat(out[1][j]).isCloseTo(out[0][j], within(1e-6f));
            assertThat(out[2][j]).isCloseTo((w[red * 4 + j] + w[blue * 4 + j]) / 2, within(1e-6f));
        }
    }

    @Test
    void aTrainingStepUpdatesOnlyTheBucketsOfTheBatch() {
        LetterTrigramHasher hasher = new LetterTrigramHasher(1000, false);
        EmbeddingTable table = store.embedding("t", 1000, 4, 0.1);
        TextBagEncoder encoder = new TextBagEncoder("trigram", TextRows.bags(new String[] {"cat", "dog"},
                hasher::hash), table, true);
        float[] before = table.weight().toFloatArray();

        EncoderHarness.step(encoder, store, EncoderHarness.adam(), 0);

        float[] after = table.weight().toFloatArray();
        java.util.Set<Integer> cat = new java.util.HashSet<>();
        for (int b : hasher.hash("cat")) {
            cat.add(b);
        }
        for (int row = 0; row < 1000; row++) {
            boolean changed = false;
            for (int j = 0; j < 4; j++) {
                changed |= before[row * 4 + j] != after[row * 4 + j];
            }
            assertThat(changed).as("row %d", row).isEqualTo(cat.contains(row));
        }
    }
}
