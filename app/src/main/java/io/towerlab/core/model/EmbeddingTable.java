package io.towerlab.core.model;

import ai.djl.ndarray.NDArray;

/**
 * An embedding table ({@code rows × dim}) whose rows are trained sparsely: each step gathers only
 * the rows its batch touches into a small leaf tensor, the gradient is taken with respect to that
 * tensor, and the optimizer writes the updated rows (and their moment estimates) back. The cost of
 * a step therefore does not grow with the catalogue, unlike a dense gradient over the whole table
 * (the "lazy Adam" of large-vocabulary training).
 */
public final class EmbeddingTable {
    private final String name;
    private final int rows;
    private final int dim;
    private final NDArray weight;
    private final OptimizerState state = new OptimizerState();

    EmbeddingTable(String name, NDArray weight) {
        this.name = name;
        this.weight = weight;
        this.rows = Math.toIntExact(weight.getShape().get(0));
        this.dim = Math.toIntExact(weight.getShape().get(1));
    }

    public String name() {
        return name;
    }

    public int rows() {
        return rows;
    }

    public int dim() {
        return dim;
    }

    /** The whole table; read it for inference, write it only through the optimizer or a checkpoint. */
    public NDArray weight() {
        return weight;
    }

    public OptimizerState state() {
        return state;
    }

    public long size() {
        return (long) rows * dim;
    }
}
