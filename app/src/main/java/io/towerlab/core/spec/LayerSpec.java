package io.towerlab.core.spec;

import java.util.OptionalInt;

/**
 * One step of a tower after its inputs are concatenated; written in JSON as an object whose {@code "type"}
 * selects the kind. New kinds are added as for {@link EncoderSpec}, through {@link LayerKinds}.
 */
public sealed interface LayerSpec permits DenseLayerSpec, DropoutLayerSpec, LayerNormSpec {

    /** The JSON {@code "type"} of this kind, e.g. {@code "dense"}. */
    String type();

    /** The output size when the layer changes it (a dense layer's units); empty when it keeps its input's. */
    OptionalInt outputDim();
}
