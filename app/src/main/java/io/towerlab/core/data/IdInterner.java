package io.towerlab.core.data;

import java.util.Arrays;

/**
 * Looks up ids given as a range of a char array in an {@link IdDictionary} without creating a
 * String, except the first time an id is seen. An open-addressing table of dense indices keyed by
 * the chars' hash; every id added to the dictionary must pass through the same interner.
 */
public final class IdInterner {
    private final IdDictionary dictionary;
    private int[] slots;
    private int[] hashes;
    private int mask;

    public IdInterner(IdDictionary dictionary) {
        this.dictionary = dictionary;
        int capacity = Integer.highestOneBit(Math.max(1024, dictionary.size() * 2)) * 2;
        slots = new int[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < dictionary.size(); i++) {
            String id = dictionary.idOf(i);
            insert(hash(id), i);
        }
    }

    public IdDictionary dictionary() {
        return dictionary;
    }

    /** The dense index of the id {@code a[from..to)}, added to the dictionary when new. */
    public int intern(char[] a, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + a[i];
        }
        int slot = mix(h) & mask;
        while (true) {
            int stored = slots[slot];
            if (stored == 0) {
                break;
            }
            if (hashes[slot] == h && same(dictionary.idOf(stored - 1), a, from, to)) {
                return stored - 1;
            }
            slot = (slot + 1) & mask;
        }
        int index = dictionary.getOrAdd(new String(a, from, to - from));
        if (dictionary.size() * 2 > slots.length) {
            grow();
            insert(h, index);
        } else {
            slots[slot] = index + 1;
            hashes[slot] = h;
        }
        return index;
    }

    /** The dense index of {@code id}, added when new. */
    public int intern(String id) {
        char[] chars = id.toCharArray();
        return intern(chars, 0, chars.length);
    }

    private static int hash(String id) {
        return id.hashCode();
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) * 0x45d9f3b;
    }

    private static boolean same(String id, char[] a, int from, int to) {
        if (id.length() != to - from) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) != a[from + i]) {
                return false;
            }
        }
        return true;
    }

    private void insert(int h, int index) {
        int slot = mix(h) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = index + 1;
        hashes[slot] = h;
    }

    private void grow() {
        int[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new int[oldSlots.length * 2];
        hashes = new int[oldSlots.length * 2];
        mask = slots.length - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != 0) {
                insert(oldHashes[i], oldSlots[i] - 1);
            }
        }
        Arrays.fill(oldSlots, 0);
    }
}
