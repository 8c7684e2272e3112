package io.towerlab.core.spec;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.FeatureTable;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.OptionalInt;

/**
 * The row counts of a dataset's embedding tables, which a spec alone does not know: how many queries and
 * documents there are and how many values each categorical column has. {@link #unknown()} when no dataset is
 * loaded; the tables whose size depends on it are then not counted.
 */
public record TableSizes(int queries, int documents, Map<String, Integer> queryCategories,
                         Map<String, Integer> documentCategories) {

    public TableSizes {
        queryCategories = Map.copyOf(queryCategories);
        documentCategories = Map.copyOf(documentCategories);
    }

    public static TableSizes unknown() {
        return new TableSizes(-1, -1, Map.of(), Map.of());
    }

    /** The table sizes of a loaded dataset. */
    public static TableSizes of(ClickDataset dataset) {
        return new TableSizes(dataset.queryCount(), dataset.documentCount(), categories(dataset.queryFeatures()),
                categories(dataset.documentFeatures()));
    }

    private static Map<String, Integer> categories(FeatureTable features) {
        return features.categorical().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().vocabulary().size()));
    }

    /** Entities of a tower ({@code queryTower} or {@code docTower}), or empty when unknown. */
    public OptionalInt entities(boolean query) {
        int n = query ? queries : documents;
        return n < 0 ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** Distinct values of a tower's categorical column, or empty when unknown. */
    public OptionalInt categories(boolean query, String column) {
        Integer n = (query ? queryCategories : documentCategories).get(column);
        return n == null ? OptionalInt.empty() : OptionalInt.of(Math.max(1, n));
    }
}
