package io.towerlab.core.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Shape inference for a tower without any data: the inputs are concatenated (their sizes add up), a dense
 * layer sets the size to its units, dropout and layer norm keep it, and L2 normalisation keeps it too. Used by
 * validation (both towers must end equal for the dot product) and by the composer's live shapes.
 */
public final class TowerShapes {

    private TowerShapes() {
    }

    /** The size of the concatenated inputs: Σ of each input's {@link EncoderSpec#outputDim()}. */
    public static int inputDim(TowerSpec tower) {
        return tower.inputs().stream().mapToInt(EncoderSpec::outputDim).sum();
    }

    /** The size of the tower's output vector. */
    public static int outputDim(TowerSpec tower) {
        List<Integer> dims = layerDims(tower);
        return dims.isEmpty() ? inputDim(tower) : dims.get(dims.size() - 1);
    }

    /** The output size after each layer, in order (empty for a tower without layers). */
    public static List<Integer> layerDims(TowerSpec tower) {
        List<Integer> dims = new ArrayList<>(tower.layers().size());
        int dim = inputDim(tower);
        for (LayerSpec layer : tower.layers()) {
            dim = layer.outputDim().orElse(dim);
            dims.add(dim);
        }
        return List.copyOf(dims);
    }
}
