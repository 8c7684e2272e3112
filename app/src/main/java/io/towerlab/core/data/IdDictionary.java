package io.towerlab.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bidirectional map between original ids (as written in the source file) and dense indices
 * {@code 0..size-1}. Dense indices are what every array of a {@link ClickDataset} is keyed by; the
 * original ids are kept only to show results to people and to write files back.
 */
public final class IdDictionary {
    private final Map<String, Integer> indexById;
    private final List<String> ids;

    public IdDictionary() {
        this(1024);
    }

    public IdDictionary(int expectedSize) {
        indexById = new HashMap<>(Math.max(16, expectedSize * 4 / 3 + 1));
        ids = new ArrayList<>(Math.max(16, expectedSize));
    }

    /** Returns the dense index of {@code id}, adding it when it is new. */
    public int getOrAdd(String id) {
        Integer known = indexById.get(id);
        if (known != null) {
            return known;
        }
        int index = ids.size();
        indexById.put(id, index);
        ids.add(id);
        return index;
    }

    /** Returns the dense index of {@code id}, or -1 when it is unknown. */
    public int indexOf(String id) {
        Integer known = indexById.get(id);
        return known == null ? -1 : known;
    }

    /** Returns the original id of a dense index. */
    public String idOf(int index) {
        return ids.get(index);
    }

    public int size() {
        return ids.size();
    }
}
