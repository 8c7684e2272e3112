package io.towerlab.core.spec;

import java.util.OptionalInt;

/** Layer normalisation (Ba et al. 2016): each vector rescaled to zero mean and unit variance, then a learned affine map. */
public record LayerNormSpec() implements LayerSpec {

    public static final String TYPE = "layernorm";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public OptionalInt outputDim() {
        return OptionalInt.empty();
    }
}
