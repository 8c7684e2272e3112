package io.towerlab.core.data;

import io.towerlab.core.data.csv.CharRanges;
import io.towerlab.core.data.csv.DelimitedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a side file of documents or queries (one row per entity): adds every id to the entity
 * dictionary, so that documents never clicked are still part of the catalogue, and records the
 * row's features. Malformed rows are reported like those of the interactions file.
 */
public final class EntityFileReader {
    /** Extra per-row work for layouts whose features are not plain columns (MovieLens genre flags). */
    @FunctionalInterface
    public interface RowHook {
        void accept(DelimitedReader reader, int entity);
    }

    /**
     * The layout of a side file.
     *
     * @param names       the column names (from the header, or documented for header-less files)
     * @param id          the id column
     * @param separator   the separator of multi-valued categorical fields, or null
     */
    public record Layout(List<String> names, int id, boolean integerIds, int[] categorical, int[] numeric,
                         int[] text, String separator) {
        public Layout {
            names = List.copyOf(names);
        }
    }

    private final ProblemCollector problems;

    public EntityFileReader(ProblemCollector problems) {
        this.problems = problems;
    }

    /** Reads every record of {@code reader} (positioned after the header, if any). */
    public void read(Path file, DelimitedReader reader, Layout layout, IdInterner ids, FeatureTableBuilder features,
                     RowHook hook) throws DataFormatException, IOException {
        int fieldCount = layout.names().size();
        int id = layout.id();
        while (reader.next()) {
            if (reader.isBlank()) {
                continue;
            }
            if (reader.fieldCount() != fieldCount) {
                problems.report(file, reader.line(), 0, ProblemKind.WRONG_COLUMN_COUNT,
                        "expected " + fieldCount + " fields but found " + reader.fieldCount(), null);
                continue;
            }
            char[] a = reader.chars();
            int from = CharRanges.trimStart(a, reader.start(id), reader.end(id));
            int to = CharRanges.trimEnd(a, from, reader.end(id));
            if (from == to) {
                problems.report(file, reader.line(), id + 1, ProblemKind.EMPTY_REQUIRED_FIELD,
                        "empty " + layout.names().get(id), null);
                continue;
            }
            if (layout.integerIds() && !CharRanges.isInteger(a, from, to)) {
                problems.report(file, reader.line(), id + 1, ProblemKind.NOT_A_NUMBER, "non-numeric id '"
                        + reader.field(id) + "' in column " + layout.names().get(id), null);
                continue;
            }
            int entity = ids.intern(a, from, to);
            RowFeatures.copy(reader, layout.categorical(), layout.numeric(), layout.text(), entity, features,
                    layout.separator());
            if (hook != null) {
                hook.accept(reader, entity);
            }
        }
    }
}
