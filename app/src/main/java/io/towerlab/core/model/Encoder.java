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

    /**
     * What turns an entity's raw values into this encoder's input without the dataset, or null when it has
     * no such mapping (a click history, a pretrained model).
     */
    default InputMapping mapping() {
        return null;
    }

    /**
     * This encoder, with the same tables and weights, over other entities given by their raw values: entity
     * {@code i} of a batch is row {@code i} of {@code rows}. Only encoders with a {@link #mapping()} can.
     */
    default Encoder over(ColumnRows rows) {
        throw new UnsupportedOperationException(label() + " cannot read an entity's raw values");
    }
}
