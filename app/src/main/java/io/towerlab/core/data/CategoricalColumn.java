package io.towerlab.core.data;

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
}
