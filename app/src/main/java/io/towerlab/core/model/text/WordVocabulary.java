package io.towerlab.core.model.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word-level vocabulary built from training texts: the words seen at least {@code minCount} times, the
 * {@code maxSize} most frequent of them (ties broken alphabetically, so the ids are the same on every run).
 * Id 0 is the unknown word {@value #UNKNOWN}, id 1 the {@value #CLS} token a transformer may prepend; words
 * start at id 2.
 */
public final class WordVocabulary {
    public static final String UNKNOWN = "[UNK]";
    public static final String CLS = "[CLS]";
    public static final int UNKNOWN_ID = 0;
    public static final int CLS_ID = 1;
    private static final int RESERVED = 2;

    private final Map<String, Integer> ids;
    private final List<String> words;

    private WordVocabulary(List<String> words) {
        this.words = List.copyOf(words);
        this.ids = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            ids.put(words.get(i), i);
        }
    }

    public static WordVocabulary build(Iterable<String> texts, int maxSize, int minCount) {
        Map<String, int[]> counts = new HashMap<>();
        for (String text : texts) {
            for (String word : Words.of(text)) {
                counts.computeIfAbsent(word, w -> new int[1])[0]++;
            }
        }
        List<Map.Entry<String, int[]>> kept = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (e.getValue()[0] >= minCount) {
                kept.add(e);
            }
        }
        kept.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Integer.compare(b.getValue()[0], a.getValue()[0])
                : a.getKey().compareTo(b.getKey()));
        List<String> words = new ArrayList<>(List.of(UNKNOWN, CLS));
        for (int i = 0; i < Math.min(maxSize, kept.size()); i++) {
            words.add(kept.get(i).getKey());
        }
        return new WordVocabulary(words);
    }

    /** A vocabulary saved with a run: {@link #words()} of the one training built. */
    public static WordVocabulary of(List<String> words) {
        if (words.size() < RESERVED || !words.get(UNKNOWN_ID).equals(UNKNOWN) || !words.get(CLS_ID).equals(CLS)) {
            throw new IllegalArgumentException("a word vocabulary starts with " + UNKNOWN + " and " + CLS);
        }
        return new WordVocabulary(words);
    }

    /** Every word in id order, the reserved tokens first. */
    public List<String> words() {
        return words;
    }

    /** Every id, unknown and [CLS] included. */
    public int size() {
        return words.size();
    }

    public int id(String word) {
        return ids.getOrDefault(word, UNKNOWN_ID);
    }

    public String word(int id) {
        return words.get(id);
    }

    /** The ids of the first {@code maxLength} words of a text; unknown words get {@link #UNKNOWN_ID}. */
    public int[] encode(String text, int maxLength) {
        List<String> textWords = Words.of(text);
        int n = Math.min(maxLength, textWords.size());
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = id(textWords.get(i));
        }
        return out;
    }

    /** How many words beyond the reserved tokens the vocabulary holds. */
    public int wordCount() {
        return words.size() - RESERVED;
    }
}
