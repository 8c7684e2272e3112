package io.towerlab.core.spec;

import java.util.Collection;
import java.util.Optional;

/**
 * Suggests the intended word for a misspelt key or choice: the candidate at the smallest
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and
 * transpositions of neighbours, ignoring case), if it is close enough to be a plausible typo.
 */
final class DidYouMean {

    private DidYouMean() {
    }

    static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(word.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= tolerance(word) ? Optional.of(best) : Optional.empty();
    }

    /** Edits a typo of a word this long may contain: 1 for short words, up to 3 for long ones. */
    private static int tolerance(String word) {
        return word.length() <= 4 ? 1 : word.length() <= 9 ? 2 : 3;
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** {@code unknown key; did you mean "epochs"?}, or the list of valid keys when none is close. */
    static String unknownKey(String key, Collection<String> allowed) {
        return closest(key, allowed)
                .map(match -> "unknown key; did you mean \"" + match + "\"?")
                .orElseGet(() -> allowed.isEmpty() ? "unknown key; this object takes no keys"
                        : "unknown key; the keys here are " + String.join(", ", allowed));
    }
}
