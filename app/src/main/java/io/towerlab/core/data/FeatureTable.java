package io.towerlab.core.data;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The side features of one entity kind (queries or documents), each column aligned with the
 * entity's {@link IdDictionary}: row {@code r} describes dense index {@code r}.
 */
public record FeatureTable(Map<String, CategoricalColumn> categorical,
                           Map<String, NumericColumn> numeric,
                           Map<String, TextColumn> text) {

    public FeatureTable {
        categorical = Map.copyOf(new LinkedHashMap<>(categorical));
        numeric = Map.copyOf(new LinkedHashMap<>(numeric));
        text = Map.copyOf(new LinkedHashMap<>(text));
    }

    public static FeatureTable empty() {
        return new FeatureTable(Map.of(), Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return categorical.isEmpty() && numeric.isEmpty() && text.isEmpty();
    }
}
