package io.towerlab.core.spec;

import java.util.List;

/**
 * One tower: its inputs are encoded and concatenated, then pass through the layers in order, and the
 * result is L2-normalised when {@code normalize} is set. Its output size is
 * {@link TowerShapes#outputDim(TowerSpec)}.
 */
public record TowerSpec(List<EncoderSpec> inputs, List<LayerSpec> layers, boolean normalize) {

    public TowerSpec {
        inputs = List.copyOf(inputs);
        layers = List.copyOf(layers);
    }
}
