package io.towerlab.core.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * One input of a tower (an id, a categorical column, a numeric column, a click history, later a
 * text). Its work is split in two so batches can be prepared ahead: {@link #prepare} runs on the
 * Java side and only fills primitive arrays; {@link #forward} runs on the engine.
 */
public interface Encoder {

    /** A short label for people, e.g. {@code id(64)} or {@code categorical(category, 16)}. */
    String label();

    int outputDim();

    long parameterCount();

    EncoderInput prepare(EntityBatch batch, BatchRows rows);

    /** Returns a {@code rows × outputDim} array. */
    NDArray forward(EncoderInput input, GatheredRows rows, NDManager batch);

    /** As {@link #forward(EncoderInput, GatheredRows, NDManager)}, for encoders that behave differently in training. */
    default NDArray forward(EncoderInput input, GatheredRows rows, NDManager batch, boolean training) {
        return forward(input, rows, batch);
    }
}
