package io.towerlab.core.model;

import java.util.Map;
import java.util.TreeSet;

/**
 * Entities given by their own raw values rather than by a dataset's index: row {@code i} has id
 * {@code ids[i]} and, in each column, the cell {@code columns.get(name)[i]} as text (null when missing).
 * A catalogue block to embed with a saved document tower.
 */
public record ColumnRows(String[] ids, Map<String, String[]> columns) {

    public ColumnRows {
        columns = Map.copyOf(columns);
        for (Map.Entry<String, String[]> e : columns.entrySet()) {
            if (e.getValue().length != ids.length) {
                throw new IllegalArgumentException("column " + e.getKey() + " has " + e.getValue().length
                        + " cells for " + ids.length + " rows");
            }
        }
    }

    public int size() {
        return ids.length;
    }

    /** The cells of a column; fails naming the columns there are. */
    public String[] column(String name) {
        String[] cells = columns.get(name);
        if (cells == null) {
            throw new IllegalArgumentException("no column '" + name + "' among the rows' columns "
                    + new TreeSet<>(columns.keySet()));
        }
        return cells;
    }

    /** The given rows, in that order. */
    public ColumnRows select(int[] rows) {
        String[] selectedIds = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            selectedIds[i] = ids[rows[i]];
        }
        Map<String, String[]> selected = new java.util.HashMap<>();
        columns.forEach((name, cells) -> {
            String[] out = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = cells[rows[i]];
            }
            selected.put(name, out);
        });
        return new ColumnRows(selectedIds, selected);
    }
}
