package io.towerlab.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A categorical feature of queries or documents, possibly multi-valued (a film's genres), stored
 * in compressed-sparse-row form: the values of row {@code r} are
 * {@code codes[offsets[r] .. offsets[r+1])}, each a dense index into {@code vocabulary}.
 */
public record CategoricalColumn(String name, IdDictionary vocabulary, int[] offsets, int[] codes) {

    public int rows() {
        return offsets.length - 1;
    }

    public int valueCount(int row) {
        return offsets[row + 1] - offsets[row];
    }

    /** The first value of a row, or -1 when the row has none. */
    public int firstCode(int row) {
        return valueCount(row) == 0 ? -1 : codes[offsets[row]];
    }

    /**
     * The values of one cell: split by {@code separator} (null: the whole cell is one value), each trimmed,
     * blanks dropped; a null cell has none.
     */
    public static List<String> split(String cell, String separator) {
        List<String> values = new ArrayList<>();
        if (cell == null) {
            return values;
        }
        int start = 0;
        while (true) {
            int at = separator == null ? -1 : cell.indexOf(separator, start);
            String part = (at < 0 ? cell.substring(start) : cell.substring(start, at)).trim();
            if (!part.isEmpty()) {
                values.add(part);
            }
            if (at < 0) {
                return values;
            }
            start = at + separator.length();
        }
    }
}
