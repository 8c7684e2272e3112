package io.towerlab.core.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * A catalogue's vectors copied to the engine once and kept there, so that ranking one query at a
 * time (the query inspector) does not copy and check the whole catalogue for every query: at a
 * million 64-dim documents that copy is 256 MB. Close it to free the engine's memory.
 */
public final class ResidentCatalogue implements AutoCloseable {
    private final EmbeddingMatrix vectors;
    private final NDManager manager;
    private final NDArray transposed;

    /** Checks the vectors are finite and places them on {@code parent}'s device. */
    public ResidentCatalogue(NDManager parent, EmbeddingMatrix vectors) {
        if (vectors.rows() == 0) {
            throw new IllegalArgumentException("the catalogue is empty: there is nothing to rank");
        }
        RetrievalEvaluator.requireFinite(vectors, "document");
        this.vectors = vectors;
        this.manager = parent.newSubManager();
        this.transposed = manager.create(vectors.data(), new Shape(vectors.rows(), vectors.dim())).transpose();
    }

    /** The vectors on the Java side, in dense index order. */
    public EmbeddingMatrix vectors() {
        return vectors;
    }

    /** {@code dim × documents}, the right-hand side of every score product. */
    NDArray transposed() {
        return transposed;
    }

    @Override
    public void close() {
        manager.close();
    }
}
