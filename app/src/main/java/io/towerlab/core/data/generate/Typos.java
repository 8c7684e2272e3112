package io.towerlab.core.data.generate;

import java.util.SplittableRandom;

/**
 * Misspells a word by one edit of the kinds people make when typing: a letter inserted (often a
 * neighbour on the keyboard or a doubled letter), deleted, replaced by a keyboard neighbour, or two
 * adjacent letters swapped. The first letter is never touched: people rarely mistype it.
 */
final class Typos {
    /** The QWERTY neighbours of each letter a..z. */
    private static final String[] NEIGHBOURS = {"qwsz", "vghn", "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv",
        "gyujnb", "ujko", "huikmn", "jiolm", "kop", "njk", "bhjm", "iklp", "ol", "wa", "edft", "awedxz", "rfgy",
        "yhji", "cfgb", "qase", "zsdc", "tghu", "asx"};

    /** The kinds of edit, in the order {@link #edit} draws them. */
    enum Kind { INSERTION, DELETION, SUBSTITUTION, TRANSPOSITION }

    private Typos() {
    }

    /** One random edit of {@code word} (at least 3 letters a..z); the result differs from it. */
    static String edit(String word, SplittableRandom random) {
        while (true) {
            String typo = edit(word, Kind.values()[random.nextInt(4)], random);
            if (!typo.equals(word)) {
                return typo;
            }
        }
    }

    static String edit(String word, Kind kind, SplittableRandom random) {
        int n = word.length();
        StringBuilder b = new StringBuilder(word);
        switch (kind) {
            case INSERTION -> {
                int at = 1 + random.nextInt(n);
                char near = word.charAt(at - 1);
                b.insert(at, random.nextBoolean() ? near : neighbour(near, random));
            }
            case DELETION -> b.deleteCharAt(1 + random.nextInt(n - 1));
            case SUBSTITUTION -> {
                int at = 1 + random.nextInt(n - 1);
                b.setCharAt(at, neighbour(word.charAt(at), random));
            }
            case TRANSPOSITION -> {
                int at = 1 + random.nextInt(n - 2);
                b.setCharAt(at, word.charAt(at + 1));
                b.setCharAt(at + 1, word.charAt(at));
            }
        }
        return b.toString();
    }

    private static char neighbour(char c, SplittableRandom random) {
        if (c < 'a' || c > 'z') {
            return (char) ('a' + random.nextInt(26));
        }
        String near = NEIGHBOURS[c - 'a'];
        return near.charAt(random.nextInt(near.length()));
    }
}
