package io.towerlab.core.data.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the synthetic search log ({@code search-vocabulary.txt} beside this class): per
 * category its nouns, modifiers and a small synonym table (a query may say "pram" for "stroller"),
 * words any title may end with ("set", "kit"), and the filler and context words of descriptions.
 * Every category word and synonym belongs to exactly one category, so a word names its category.
 */
final class SearchVocabulary {
    private static final String RESOURCE = "search-vocabulary.txt";

    /** One category: its name, nouns, modifiers and noun → synonym table. */
    record Category(String name, List<String> nouns, List<String> modifiers, Map<String, String> synonyms) {
    }

    final List<Category> categories;
    final List<String> shared;
    final List<String> fillers;
    final List<String> contexts;

    private SearchVocabulary(List<Category> categories, List<String> shared, List<String> fillers,
                             List<String> contexts) {
        this.categories = List.copyOf(categories);
        this.shared = List.copyOf(shared);
        this.fillers = List.copyOf(fillers);
        this.contexts = List.copyOf(contexts);
    }

    /** The vocabulary shipped with the application. */
    static SearchVocabulary standard() {
        try (InputStream in = SearchVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SearchVocabulary parse(List<String> lines) {
        List<Category> categories = new ArrayList<>();
        List<String> shared = List.of();
        List<String> fillers = List.of();
        List<String> contexts = List.of();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(";");
            String name = parts[0].strip();
            switch (name) {
                case "shared" -> shared = words(parts[1]);
                case "filler" -> fillers = words(parts[1]);
                case "context" -> contexts = words(parts[1]);
                default -> {
                    Map<String, String> synonyms = new LinkedHashMap<>();
                    for (String pair : words(parts[3])) {
                        String[] sides = pair.split("=");
                        synonyms.put(sides[0], sides[1]);
                    }
                    categories.add(new Category(name, words(parts[1]), words(parts[2]), synonyms));
                }
            }
        }
        return new SearchVocabulary(categories, shared, fillers, contexts);
    }

    private static List<String> words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
    }
}
