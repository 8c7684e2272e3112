package io.towerlab.core.spec;

/** The entity's own id, looked up in an embedding table of {@code dim} columns (one row per query or document). */
public record IdEncoderSpec(int dim) implements EncoderSpec {

    public static final String TYPE = "id";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int outputDim() {
        return dim;
    }
}
