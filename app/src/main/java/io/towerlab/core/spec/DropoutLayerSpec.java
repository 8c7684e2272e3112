package io.towerlab.core.spec;

import java.util.OptionalInt;

/** Dropout (Srivastava et al. 2014): during training each value is zeroed with probability {@code rate}. */
public record DropoutLayerSpec(double rate) implements LayerSpec {

    public static final String TYPE = "dropout";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public OptionalInt outputDim() {
        return OptionalInt.empty();
    }
}
