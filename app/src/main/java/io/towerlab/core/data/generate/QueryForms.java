package io.towerlab.core.data.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How searchers write an intent: each word may become its synonym or change number (singular ↔
 * plural), and a word may be misspelled. Training queries use each word's few common misspellings
 * (the ones many people make, so they repeat); held-out queries use fresh misspellings that are
 * checked against every token the caller has declared seen.
 */
final class QueryForms {
    /** Words shorter than this are never misspelled: one edit would leave too little of them. */
    static final int MIN_TYPO_LENGTH = 4;
    private static final int MAX_ATTEMPTS = 100;

    private final SearchCatalogue catalogue;
    private final SearchSettings settings;
    private final Map<String, String> synonyms = new HashMap<>();
    /** Every correctly spelled form: canonical words, plurals, synonyms and their plurals, description words. */
    private final Set<String> correctForms = new HashSet<>();
    private final Map<String, List<String>> commonTypos = new HashMap<>();

    QueryForms(SearchCatalogue catalogue, SearchSettings settings) {
        this.catalogue = catalogue;
        this.settings = settings;
        for (SearchVocabulary.Category c : catalogue.vocabulary.categories) {
            synonyms.putAll(c.synonyms());
            for (String noun : c.nouns()) {
                correctForms.add(noun);
                correctForms.add(WordForms.plural(noun));
            }
            for (String synonym : c.synonyms().values()) {
                correctForms.add(synonym);
                correctForms.add(WordForms.plural(synonym));
            }
            correctForms.addAll(c.modifiers());
        }
        correctForms.addAll(catalogue.wordIndex.keySet());
        correctForms.addAll(catalogue.vocabulary.fillers);
        correctForms.addAll(catalogue.vocabulary.contexts);
    }

    /** Whether a token is a correctly spelled word of the vocabulary (or any of its forms). */
    boolean isCorrect(String token) {
        return correctForms.contains(token);
    }

    /** The intent's words, each possibly replaced by its synonym or with its number flipped. */
    String[] correctlySpelled(String[] words, SplittableRandom random) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String synonym = synonyms.get(w);
            boolean noun = catalogue.nouns.contains(w);
            if (synonym != null && random.nextDouble() < settings.synonymRate()) {
                w = synonym;
            }
            if (noun && random.nextDouble() < settings.pluralRate()) {
                w = WordForms.plural(w);
            }
            out[i] = w;
        }
        return out;
    }

    /** Positions of the words long enough to misspell. */
    static List<Integer> typoPositions(String[] words) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= MIN_TYPO_LENGTH) {
                out.add(i);
            }
        }
        return out;
    }

    /** The common misspellings of a word form: the same for every run with the same seed. */
    List<String> commonTypos(String word) {
        return commonTypos.computeIfAbsent(word, w -> {
            SplittableRandom random = Seeds.stream(settings.seed(), Seeds.SEARCH_TYPOS, w.hashCode());
            List<String> typos = new ArrayList<>();
            for (int attempt = 0; typos.size() < settings.commonTyposPerWord() && attempt < MAX_ATTEMPTS; attempt++) {
                String typo = Typos.edit(w, random);
                if (!correctForms.contains(typo) && !typos.contains(typo)) {
                    typos.add(typo);
                }
            }
            return List.copyOf(typos);
        });
    }

    /** Every common misspelling made so far. */
    Set<String> commonTyposMade() {
        Set<String> out = new HashSet<>();
        commonTypos.values().forEach(out::addAll);
        return out;
    }

    /**
     * A fresh misspelling of {@code word}: a correctly spelled form of no word and not in {@code seen};
     * null when none is found.
     */
    String freshTypo(String word, Set<String> seen, SplittableRandom random) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String typo = Typos.edit(word, random);
            if (!correctForms.contains(typo) && !seen.contains(typo)) {
                return typo;
            }
        }
        return null;
    }
}
