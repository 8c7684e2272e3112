package io.towerlab.core.eval.projection;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Which documents a projection shows. Up to {@link #LIMIT} documents, all of them; above that, the
 * {@code LIMIT} documents whose ids have the smallest 64-bit hash (FNV-1a then the SplitMix64
 * finaliser). The rule depends only on the ids, so two runs over the same catalogue show the same
 * documents and their selections stay linked; it is uniform over documents and reproducible.
 */
public final class ProjectionSample {
    /** The most points a projection lays out. */
    public static final int LIMIT = 50_000;

    private ProjectionSample() {
    }

    /** The rows of {@code ids} to show, ascending. */
    public static int[] rows(List<String> ids) {
        return rows(ids, LIMIT);
    }

    /** The rows of {@code ids} to show when at most {@code limit} fit, ascending. */
    public static int[] rows(List<String> ids, int limit) {
        int n = ids.size();
        if (n <= limit) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = hash(ids.get(i));
        }
        long[] sortedKeys = keys.clone();
        Arrays.sort(sortedKeys);
        long threshold = sortedKeys[limit - 1];
        int below = 0;
        for (long key : sortedKeys) {
            if (key < threshold) {
                below++;
            }
        }
        int equalAllowed = limit - below;
        int[] chosen = new int[limit];
        int size = 0;
        for (int i = 0; i < n && size < limit; i++) {
            if (keys[i] < threshold || (keys[i] == threshold && equalAllowed-- > 0)) {
                chosen[size++] = i;
            }
        }
        return chosen;
    }

    /** A stable 64-bit hash of an id. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
