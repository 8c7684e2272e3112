package io.towerlab.core.data.generate;

import io.towerlab.core.data.SplitRole;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The clicks of a search log as they are generated: distinct query strings in order of first
 * appearance with their intent and stable id, and the rows (query, document, time, split role).
 */
final class SearchRows {
    final List<String> texts = new ArrayList<>();
    final List<Integer> intentOf = new ArrayList<>();
    final List<Boolean> misspelled = new ArrayList<>();
    final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final Map<String, String> textOfId = new HashMap<>();
    int[] query = new int[1024];
    int[] document = new int[1024];
    long[] time = new long[1024];
    SplitRole[] role = new SplitRole[1024];
    int size;

    /** The intent a query string already stands for, or -1 when it is new. */
    int ownerOf(String text) {
        Integer q = indexOf.get(text);
        return q == null ? -1 : intentOf.get(q);
    }

    boolean contains(String text) {
        return indexOf.containsKey(text);
    }

    /** The index of a query string, registered for {@code intent} when new. */
    int register(String text, int intent, boolean typo) {
        Integer known = indexOf.get(text);
        if (known != null) {
            if (intentOf.get(known) != intent) {
                throw new IllegalStateException("the query '" + text + "' would stand for two intents");
            }
            return known;
        }
        String id = idOf(text);
        String clash = textOfId.putIfAbsent(id, text);
        if (clash != null) {
            throw new IllegalStateException("queries '" + clash + "' and '" + text + "' share the id " + id);
        }
        int q = texts.size();
        indexOf.put(text, q);
        texts.add(text);
        intentOf.add(intent);
        misspelled.add(typo);
        ids.add(id);
        return q;
    }

    void add(int q, int d, long t, SplitRole r) {
        if (size == query.length) {
            int capacity = size * 2;
            query = Arrays.copyOf(query, capacity);
            document = Arrays.copyOf(document, capacity);
            time = Arrays.copyOf(time, capacity);
            role = Arrays.copyOf(role, capacity);
        }
        query[size] = q;
        document[size] = d;
        time[size] = t;
        role[size] = r;
        size++;
    }

    /**
     * The stable id of a query string: "q" and the first 48 bits of the 64-bit FNV-1a hash of its
     * UTF-8 bytes in hex, so that the same text has the same id in every generated log.
     */
    static String idOf(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        String hex = Long.toHexString(hash >>> 16);
        return "q" + "0".repeat(12 - hex.length()) + hex;
    }
}
