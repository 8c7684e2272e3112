package io.towerlab.core.spec;

import java.util.Objects;

/** A numeric side feature, standardised to zero mean and unit variance on the training data: one dimension. */
public record NumericEncoderSpec(String column) implements EncoderSpec {

    public static final String TYPE = "numeric";

    public NumericEncoderSpec {
        Objects.requireNonNull(column, "column");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int outputDim() {
        return 1;
    }
}
