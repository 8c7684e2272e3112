package io.towerlab.ui.compose;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.FeatureTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of the loaded dataset that tower inputs can read, per tower and kind, so the palette offers
 * only inputs that fit (a text encoder needs a text column of that tower's entities).
 */
public record Columns(boolean known, FeatureTable queries, FeatureTable documents) {

    /** No dataset loaded: every input is offered, and its column is left for the user to fill in. */
    public static Columns unknown() {
        return new Columns(false, FeatureTable.empty(), FeatureTable.empty());
    }

    public static Columns of(ClickDataset dataset) {
        return dataset == null ? unknown()
                : new Columns(true, dataset.queryFeatures(), dataset.documentFeatures());
    }

    /** The columns of {@code tower}'s entities that an input of {@code kind} can read, sorted. */
    public List<String> fitting(String tower, BlockKind.ColumnKind kind) {
        FeatureTable table = BlockRef.QUERY.equals(tower) ? queries : documents;
        List<String> names = new ArrayList<>(switch (kind) {
            case TEXT -> table.text().keySet();
            case CATEGORICAL -> table.categorical().keySet();
            case NUMERIC -> table.numeric().keySet();
            case NONE -> List.<String>of();
        });
        names.sort(null);
        return names;
    }

    /** Whether a block of {@code kind} can go into {@code tower} with this data. */
    public boolean fits(String tower, BlockKind kind) {
        if (kind == BlockKind.HISTORY && !BlockRef.QUERY.equals(tower)) {
            return false;
        }
        return !known || kind.columnKind() == BlockKind.ColumnKind.NONE || !fitting(tower, kind.columnKind()).isEmpty();
    }

    /** The column a new block reads: {@code preferred} when it fits, else the first fitting one, else empty. */
    public String defaultColumn(String tower, BlockKind kind, String preferred) {
        List<String> names = fitting(tower, kind.columnKind());
        if (names.contains(preferred)) {
            return preferred;
        }
        return names.isEmpty() ? "" : names.get(0);
    }
}
