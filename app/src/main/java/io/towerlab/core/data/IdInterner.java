package io.towerlab.core.data;

import java.util.Arrays;

/**
 * Looks up ids given as a range of a char array in an {@link IdDictionary} without creating a
 * String, except the first time an id is seen. Ids written as plain non-negative integers (no sign,
 * no leading zero) go through a primitive long-keyed table; other ids through a table that keeps
 * their characters in one shared array, so a lookup touches no String. Every id added to the
 * dictionary must pass through the same interner.
 */
public final class IdInterner {
    private static final long NOT_CANONICAL = -1;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final IdDictionary dictionary;
    private long[] numberKeys;
    private int[] numberValues;
    private int numberCount;
    private int[] textHashes;
    private int[] textValues;
    private int[] textStarts;
    private int[] textLengths;
    private int textCount;
    private char[] pool = new char[4096];
    private int poolSize;

    public IdInterner(IdDictionary dictionary) {
        this.dictionary = dictionary;
        int capacity = Integer.highestOneBit(Math.max(1024, dictionary.size() * 2)) * 2;
        numberKeys = new long[capacity];
        numberValues = new int[capacity];
        textHashes = new int[capacity];
        textValues = new int[capacity];
        textStarts = new int[capacity];
        textLengths = new int[capacity];
        for (int i = 0; i < dictionary.size(); i++) {
            char[] id = dictionary.idOf(i).toCharArray();
            long number = canonical(id, 0, id.length);
            if (number != NOT_CANONICAL) {
                putNumber(number, i);
            } else {
                putText(hash(id, 0, id.length), id, 0, id.length, i);
            }
        }
    }

    public IdDictionary dictionary() {
        return dictionary;
    }

    /** The dense index of the id {@code a[from..to)}, added to the dictionary when new. */
    public int intern(char[] a, int from, int to) {
        long number = canonical(a, from, to);
        if (number != NOT_CANONICAL) {
            int mask = numberKeys.length - 1;
            int slot = (int) ((number * GOLDEN) >>> 40) & mask;
            while (numberValues[slot] != 0) {
                if (numberKeys[slot] == number) {
                    return numberValues[slot] - 1;
                }
                slot = (slot + 1) & mask;
            }
            int index = dictionary.getOrAdd(new String(a, from, to - from));
            putNumber(number, index);
            return index;
        }
        int h = hash(a, from, to);
        int mask = textValues.length - 1;
        int slot = mix(h) & mask;
        while (textValues[slot] != 0) {
            if (textHashes[slot] == h && textLengths[slot] == to - from
                    && Arrays.equals(pool, textStarts[slot], textStarts[slot] + to - from, a, from, to)) {
                return textValues[slot] - 1;
            }
            slot = (slot + 1) & mask;
        }
        int index = dictionary.getOrAdd(new String(a, from, to - from));
        putText(h, a, from, to, index);
        return index;
    }

    /** The dense index of {@code id}, added when new. */
    public int intern(String id) {
        char[] chars = id.toCharArray();
        return intern(chars, 0, chars.length);
    }

    /** The value of a plain non-negative integer below 10^18 with no sign or leading zero, else -1. */
    private static long canonical(char[] a, int from, int to) {
        int n = to - from;
        if (n == 0 || n > 18 || (a[from] == '0' && n > 1)) {
            return NOT_CANONICAL;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = a[i] - '0';
            if (digit < 0 || digit > 9) {
                return NOT_CANONICAL;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static int hash(char[] a, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + a[i];
        }
        return h;
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    private void putNumber(long number, int index) {
        if ((numberCount + 1) * 2 > numberKeys.length) {
            long[] oldKeys = numberKeys;
            int[] oldValues = numberValues;
            numberKeys = new long[oldKeys.length * 2];
            numberValues = new int[oldKeys.length * 2];
            numberCount = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != 0) {
                    putNumber(oldKeys[i], oldValues[i] - 1);
                }
            }
        }
        int mask = numberKeys.length - 1;
        int slot = (int) ((number * GOLDEN) >>> 40) & mask;
        while (numberValues[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        numberKeys[slot] = number;
        numberValues[slot] = index + 1;
        numberCount++;
    }

    private void putText(int h, char[] a, int from, int to, int index) {
        if ((textCount + 1) * 2 > textValues.length) {
            growText();
        }
        int n = to - from;
        if (poolSize + n > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + n));
        }
        System.arraycopy(a, from, pool, poolSize, n);
        placeText(h, poolSize, n, index + 1);
        poolSize += n;
        textCount++;
    }

    private void placeText(int h, int start, int length, int value) {
        int mask = textValues.length - 1;
        int slot = mix(h) & mask;
        while (textValues[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        textHashes[slot] = h;
        textStarts[slot] = start;
        textLengths[slot] = length;
        textValues[slot] = value;
    }

    private void growText() {
        int[] hashes = textHashes;
        int[] values = textValues;
        int[] starts = textStarts;
        int[] lengths = textLengths;
        int capacity = values.length * 2;
        textHashes = new int[capacity];
        textValues = new int[capacity];
        textStarts = new int[capacity];
        textLengths = new int[capacity];
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0) {
                placeText(hashes[i], starts[i], lengths[i], values[i]);
            }
        }
    }
}
