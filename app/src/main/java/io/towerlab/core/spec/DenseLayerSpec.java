package io.towerlab.core.spec;

import java.util.Objects;
import java.util.OptionalInt;

/** A fully connected layer y = act(W x + b) with {@code units} outputs. */
public record DenseLayerSpec(int units, Activation activation) implements LayerSpec {

    public static final String TYPE = "dense";

    public DenseLayerSpec {
        Objects.requireNonNull(activation, "activation");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public OptionalInt outputDim() {
        return OptionalInt.of(units);
    }
}
