package io.towerlab.core.spec;

import java.util.Objects;

/**
 * A categorical side feature (a film's genre, a user's segment) embedded in {@code dim} columns; a
 * multi-valued row is the mean of its values' embeddings.
 */
public record CategoricalEncoderSpec(String column, int dim) implements EncoderSpec {

    public static final String TYPE = "categorical";

    public CategoricalEncoderSpec {
        Objects.requireNonNull(column, "column");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int outputDim() {
        return dim;
    }
}
