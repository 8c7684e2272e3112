package io.towerlab.cli;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.FeatureTable;
import io.towerlab.core.data.TextColumn;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic texts for the training benchmark of text towers: words are random 3–9 letter strings drawn with
 * Zipf-like frequencies from a vocabulary of {@value #VOCABULARY}; a query has 1–4 words, a document 4–12.
 */
final class BenchTexts {
    static final String COLUMN = "text";
    private static final int VOCABULARY = 5000;

    private BenchTexts() {
    }

    /** The dataset with a text column {@value #COLUMN} on both queries and documents. */
    static ClickDataset withTexts(ClickDataset data, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] words = new String[VOCABULARY];
        for (int i = 0; i < VOCABULARY; i++) {
            StringBuilder word = new StringBuilder();
            int length = 3 + random.nextInt(7);
            for (int j = 0; j < length; j++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = word.toString();
        }
        return new ClickDataset(data.name(), data.source(), data.queries(), data.documents(), data.interactions(),
                table(texts(data.queryCount(), 1, 4, words, random)),
                table(texts(data.documentCount(), 4, 12, words, random)));
    }

    private static FeatureTable table(String[] texts) {
        return new FeatureTable(Map.of(), Map.of(), Map.of(COLUMN, new TextColumn(COLUMN, texts)));
    }

    private static String[] texts(int count, int minWords, int maxWords, String[] words, SplittableRandom random) {
        double logN = Math.log(words.length + 1.0);
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            int n = minWords + random.nextInt(maxWords - minWords + 1);
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < n; w++) {
                int index = (int) Math.min(words.length - 1, Math.exp(random.nextDouble() * logN) - 1);
                text.append(w == 0 ? "" : " ").append(words[index]);
            }
            out[i] = text.toString();
        }
        return out;
    }
}
