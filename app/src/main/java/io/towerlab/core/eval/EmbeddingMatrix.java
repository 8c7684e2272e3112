package io.towerlab.core.eval;

import java.util.Objects;

/**
 * A matrix of embeddings, one vector per row, stored row-major as float32: row {@code r} occupies
 * {@code data[r * dim .. r * dim + dim)}. Row {@code r} is the vector of dense index {@code r} of a
 * query or document dictionary. The array is shared, not copied: callers must not modify it.
 *
 * @param rows number of vectors
 * @param dim  size of each vector
 * @param data the values, {@code rows * dim} of them
 */
public record EmbeddingMatrix(int rows, int dim, float[] data) {

    public EmbeddingMatrix {
        Objects.requireNonNull(data, "data");
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be >= 0, was " + rows);
        }
        if (dim <= 0) {
            throw new IllegalArgumentException("dim must be > 0, was " + dim);
        }
        if ((long) rows * dim != data.length) {
            throw new IllegalArgumentException("an embedding matrix of " + rows + " rows x " + dim
                    + " dims needs " + (long) rows * dim + " values, but has " + data.length);
        }
    }

    /** The value at a row and column. */
    public float get(int row, int column) {
        return data[row * dim + column];
    }

    /** The first row holding a NaN or infinite value, or -1 when every value is finite. */
    public int firstNonFiniteRow() {
        for (int i = 0; i < data.length; i++) {
            if (!Float.isFinite(data[i])) {
                return i / dim;
            }
        }
        return -1;
    }
}
