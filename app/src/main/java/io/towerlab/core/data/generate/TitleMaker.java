package io.towerlab.core.data.generate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes document titles that carry the category signal a text tower can learn: each category owns
 * {@value #WORDS_PER_CATEGORY} made-up words; a title is one to three of its category's words mixed
 * with zero to two filler words shared by every category.
 */
final class TitleMaker {
    static final int WORDS_PER_CATEGORY = 10;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ran", "te", "vo", "shi", "dor", "el", "qua",
        "bri", "nu", "sa", "tor", "fen", "gal", "ix", "ju", "mar", "pel", "ros", "ul", "wen", "zy", "cor",
        "dra", "hal", "ne", "ost", "vi"};
    private static final String[] FILLERS = {"the", "of", "and", "night", "day", "last", "first", "return",
        "story", "life", "city", "road", "secret", "house", "time", "game", "dark", "world", "summer", "winter",
        "blue", "red", "lost", "home", "little", "great", "journey", "promise", "shadow", "light"};

    private final String[][] categoryWords;

    TitleMaker(int categories, long seed) {
        SplittableRandom random = Seeds.stream(seed, Seeds.WORDS, 0);
        Set<String> used = new HashSet<>();
        for (String filler : FILLERS) {
            used.add(filler);
        }
        categoryWords = new String[categories][WORDS_PER_CATEGORY];
        for (int k = 0; k < categories; k++) {
            for (int w = 0; w < WORDS_PER_CATEGORY; w++) {
                String word;
                do {
                    word = word(random);
                } while (!used.add(word));
                categoryWords[k][w] = word;
            }
        }
    }

    private static String word(SplittableRandom random) {
        int syllables = 2 + random.nextInt(2);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return b.toString();
    }

    /** A title for a document of category {@code k}, drawn from the document's own stream. */
    String title(int k, SplittableRandom random) {
        int own = 1 + random.nextInt(3);
        int fillers = random.nextInt(3);
        String[] words = new String[own + fillers];
        for (int i = 0; i < own; i++) {
            words[i] = categoryWords[k][random.nextInt(WORDS_PER_CATEGORY)];
        }
        for (int i = 0; i < fillers; i++) {
            words[own + i] = FILLERS[random.nextInt(FILLERS.length)];
        }
        for (int i = words.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = words[i];
            words[i] = words[j];
            words[j] = t;
        }
        StringBuilder b = new StringBuilder();
        for (String word : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word, 1, word.length());
        }
        return b.toString();
    }

    /** The words owned by category {@code k}. */
    String[] wordsOf(int k) {
        return categoryWords[k].clone();
    }
}
