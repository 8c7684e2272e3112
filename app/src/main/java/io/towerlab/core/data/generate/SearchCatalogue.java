package io.towerlab.core.data.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The documents of the synthetic search log: for each, its category, its title words (lower-case,
 * singular: the canonical forms intents are made of), its title and description as written, and its
 * log-popularity. Also the index of every canonical title word, the dimensions of the oracle.
 */
final class SearchCatalogue {
    final SearchVocabulary vocabulary;
    final int[] category;
    final String[][] titleWords;
    final String[] title;
    final String[] description;
    final String[][] descriptionWords;
    final double[] logPopularity;
    /** Canonical word → dimension: category nouns and modifiers, then shared words. */
    final Map<String, Integer> wordIndex = new HashMap<>();
    final Set<String> nouns = new HashSet<>();

    SearchCatalogue(SearchVocabulary vocabulary, int documents, double popularitySpread, long seed) {
        this.vocabulary = vocabulary;
        for (SearchVocabulary.Category c : vocabulary.categories) {
            c.nouns().forEach(w -> wordIndex.putIfAbsent(w, wordIndex.size()));
            c.modifiers().forEach(w -> wordIndex.putIfAbsent(w, wordIndex.size()));
            nouns.addAll(c.nouns());
        }
        vocabulary.shared.forEach(w -> wordIndex.putIfAbsent(w, wordIndex.size()));
        category = new int[documents];
        titleWords = new String[documents][];
        title = new String[documents];
        description = new String[documents];
        descriptionWords = new String[documents][];
        logPopularity = new double[documents];
        Set<String> titles = new HashSet<>();
        for (int d = 0; d < documents; d++) {
            SplittableRandom random = Seeds.stream(seed, Seeds.SEARCH_DOCUMENTS, d);
            category[d] = d % vocabulary.categories.size();
            SearchVocabulary.Category c = vocabulary.categories.get(category[d]);
            String[] words;
            int attempts = 0;
            do {
                words = titleWords(c, random);
            } while (!titles.add(String.join(" ", words)) && ++attempts < 50);
            titleWords[d] = words;
            title[d] = capitalised(words);
            describe(d, c, random);
            logPopularity[d] = popularitySpread * Seeds.gaussian(random);
        }
    }

    int documents() {
        return category.length;
    }

    int categories() {
        return vocabulary.categories.size();
    }

    /** 0–2 modifiers, 1–2 nouns, sometimes a shared word: "Stainless Skillet Set". */
    private String[] titleWords(SearchVocabulary.Category c, SplittableRandom random) {
        List<String> words = new ArrayList<>();
        double m = random.nextDouble();
        pickDistinct(c.modifiers(), m < 0.3 ? 0 : m < 0.75 ? 1 : 2, words, random);
        pickDistinct(c.nouns(), random.nextDouble() < 0.7 ? 1 : 2, words, random);
        if (random.nextDouble() < 0.25) {
            words.add(vocabulary.shared.get(random.nextInt(vocabulary.shared.size())));
        }
        return words.toArray(String[]::new);
    }

    /** "Durable ceramic skillet with copper ladle for everyday use": title words plus others of the category. */
    private void describe(int d, SearchVocabulary.Category c, SplittableRandom random) {
        List<String> own = new ArrayList<>();
        for (String w : titleWords[d]) {
            if (nouns.contains(w)) {
                own.add(w);
            }
        }
        String noun = own.get(random.nextInt(own.size()));
        String modifier = c.modifiers().get(random.nextInt(c.modifiers().size()));
        String otherModifier = other(c.modifiers(), modifier, random);
        String otherNoun = other(c.nouns(), noun, random);
        String filler = vocabulary.fillers.get(random.nextInt(vocabulary.fillers.size()));
        String context = vocabulary.contexts.get(random.nextInt(vocabulary.contexts.size()));
        String text = filler + " " + modifier + " " + noun + " with " + otherModifier + " " + otherNoun + " for "
                + context + " use";
        description[d] = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        descriptionWords[d] = new String[] {modifier, noun, otherModifier, otherNoun};
    }

    private static String other(List<String> from, String not, SplittableRandom random) {
        String word;
        do {
            word = from.get(random.nextInt(from.size()));
        } while (word.equals(not));
        return word;
    }

    private static void pickDistinct(List<String> from, int count, List<String> into, SplittableRandom random) {
        int added = 0;
        while (added < count) {
            String word = from.get(random.nextInt(from.size()));
            if (!into.contains(word)) {
                into.add(word);
                added++;
            }
        }
    }

    private static String capitalised(String[] words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w, 1, w.length());
        }
        return b.toString();
    }
}
