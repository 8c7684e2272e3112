package io.towerlab.core.model;

/**
 * What one encoder needs for one batch, prepared on the Java side as primitive arrays so that it
 * can be built ahead on another thread. A bag of table rows is {@code rows × width} local indices
 * with a weight each (mean pooling weights, 0 for padding); a numeric input is {@code rows × width}
 * values with no indices.
 */
public record EncoderInput(int rows, int width, long[] localIndices, float[] weights, float[] values) {

    public static EncoderInput bag(int rows, int width, long[] localIndices, float[] weights) {
        return new EncoderInput(rows, width, localIndices, weights, null);
    }

    public static EncoderInput numeric(int rows, int width, float[] values) {
        return new EncoderInput(rows, width, null, null, values);
    }
}
