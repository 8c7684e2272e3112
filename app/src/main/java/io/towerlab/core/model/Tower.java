package io.towerlab.core.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;

/**
 * One tower: its encoders' outputs concatenated, then its layers, then optionally L2-normalised.
 * The query tower and the document tower are two instances with their own parameters.
 */
public final class Tower {
    private final String name;
    private final List<Encoder> encoders;
    private final List<Layer> layers;
    private final boolean normalize;

    public Tower(String name, List<Encoder> encoders, List<Layer> layers, boolean normalize) {
        if (encoders.isEmpty()) {
            throw new IllegalArgumentException(name + " has no inputs");
        }
        this.name = name;
        this.encoders = List.copyOf(encoders);
        this.layers = List.copyOf(layers);
        this.normalize = normalize;
    }

    public String name() {
        return name;
    }

    public List<Encoder> encoders() {
        return encoders;
    }

    public List<Layer> layers() {
        return layers;
    }

    public int inputDim() {
        int dim = 0;
        for (Encoder e : encoders) {
            dim += e.outputDim();
        }
        return dim;
    }

    public int outputDim() {
        int dim = inputDim();
        for (Layer layer : layers) {
            dim = layer.outputDim(dim);
        }
        return dim;
    }

    /**
     * This tower, with the same weights, over entities given by their raw values (row {@code i} is entity
     * {@code i}); fails when an encoder cannot read raw values or a value it needs is missing.
     */
    public Tower over(ColumnRows rows) {
        List<Encoder> bound = new ArrayList<>(encoders.size());
        for (Encoder e : encoders) {
            bound.add(e.over(rows));
        }
        return new Tower(name, bound, layers, normalize);
    }

    /** Java side: every encoder's input for the batch. */
    public List<EncoderInput> prepare(EntityBatch batch, BatchRows rows) {
        List<EncoderInput> inputs = new ArrayList<>(encoders.size());
        for (Encoder e : encoders) {
            inputs.add(e.prepare(batch, rows));
        }
        return inputs;
    }

    /** Engine side: a {@code rows × outputDim} array. */
    public NDArray forward(List<EncoderInput> inputs, GatheredRows rows, NDManager batch, boolean training) {
        NDList parts = new NDList(encoders.size());
        for (int i = 0; i < encoders.size(); i++) {
            parts.add(encoders.get(i).forward(inputs.get(i), rows, batch, training));
        }
        NDArray x = parts.size() == 1 ? parts.singletonOrThrow() : NDArrays.concat(parts, 1);
        for (Layer layer : layers) {
            x = layer.forward(x, training);
        }
        return normalize ? l2Normalize(x) : x;
    }

    static NDArray l2Normalize(NDArray x) {
        return x.div(x.square().sum(new int[] {1}, true).add(1e-12f).sqrt());
    }
}
