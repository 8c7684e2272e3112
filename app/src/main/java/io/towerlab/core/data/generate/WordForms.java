package io.towerlab.core.data.generate;

import java.util.Map;

/** English plurals of the generator's nouns: a few irregular forms, then the usual spelling rules. */
final class WordForms {
    private static final Map<String, String> IRREGULAR = Map.of("knife", "knives", "mouse", "mice",
            "shelf", "shelves", "leaf", "leaves", "foot", "feet", "tooth", "teeth");

    private WordForms() {
    }

    static String plural(String noun) {
        String irregular = IRREGULAR.get(noun);
        if (irregular != null) {
            return irregular;
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("z") || noun.endsWith("ch")
                || noun.endsWith("sh")) {
            return noun + "es";
        }
        if (noun.length() > 1 && noun.endsWith("y") && !isVowel(noun.charAt(noun.length() - 2))) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
