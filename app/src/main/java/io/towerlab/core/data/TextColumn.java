package io.towerlab.core.data;

/** A text feature of queries or documents (a title, a query string), one value per row; null when missing. */
public record TextColumn(String name, String[] values) {

    public int rows() {
        return values.length;
    }
}
