package io.towerlab.core.data;

/** A numeric feature of queries or documents, one value per row; {@code NaN} marks a missing value. */
public record NumericColumn(String name, float[] values) {

    public int rows() {
        return values.length;
    }
}
