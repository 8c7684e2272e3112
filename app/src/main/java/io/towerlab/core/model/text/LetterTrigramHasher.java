package io.towerlab.core.model.text;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Letter-trigram word hashing (Huang et al. 2013, "Learning deep structured semantic models for web search
 * using clickthrough data"): each word {@link Words of a text} is wrapped as {@code #word#} and cut into its
 * letter trigrams ({@code #good#} → {@code #go, goo, ood, od#}); each trigram goes to bucket
 * {@code FNV-1a-32(UTF-8 bytes) mod buckets}, the hash read as an unsigned 32-bit number. With word bigrams,
 * each pair of adjacent words, written {@code "first second"}, is hashed into the same buckets (a space never
 * occurs inside a trigram, so the two kinds are different strings).
 *
 * <p>The hash is fixed here rather than {@link String#hashCode()} so that buckets, and therefore saved
 * weights, mean the same on every machine and Java version. Letters are Unicode code points, so a trigram
 * of Cyrillic or accented letters is three letters, not three bytes.
 */
public final class LetterTrigramHasher {
    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private final int buckets;
    private final boolean wordBigrams;

    public LetterTrigramHasher(int buckets, boolean wordBigrams) {
        if (buckets <= 0) {
            throw new IllegalArgumentException("buckets must be > 0, was " + buckets);
        }
        this.buckets = buckets;
        this.wordBigrams = wordBigrams;
    }

    public int buckets() {
        return buckets;
    }

    /** The bucket of every trigram (and bigram) of the text, in text order, repeats included. */
    public int[] hash(String text) {
        List<String> words = Words.of(text);
        IntList out = new IntList();
        for (String word : words) {
            String wrapped = "#" + word + "#";
            int[] points = wrapped.codePoints().toArray();
            for (int i = 0; i + 3 <= points.length; i++) {
                out.add(bucket(new String(points, i, 3)));
            }
        }
        if (wordBigrams) {
            for (int i = 0; i + 1 < words.size(); i++) {
                out.add(bucket(words.get(i) + " " + words.get(i + 1)));
            }
        }
        return out.toArray();
    }

    /** The bucket of one trigram or bigram string. */
    public int bucket(String gram) {
        return (int) (Integer.toUnsignedLong(fnv1a32(gram.getBytes(StandardCharsets.UTF_8))) % buckets);
    }

    /** The 32-bit FNV-1a hash (Fowler, Noll, Vo): offset basis 2166136261, prime 16777619. */
    public static int fnv1a32(byte[] bytes) {
        int hash = FNV_OFFSET;
        for (byte b : bytes) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }
}
