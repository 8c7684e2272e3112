package io.towerlab.core.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.towerlab.core.data.NumericColumn;

/**
 * A numeric column, standardised with the column's mean and standard deviation (missing values
 * become the mean, i.e. 0). Contributes one dimension and no parameters.
 */
public final class NumericEncoder implements Encoder {
    private final NumericColumn column;
    private final float mean;
    private final float std;

    public NumericEncoder(NumericColumn column) {
        this.column = column;
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (float v : column.values()) {
            if (!Float.isNaN(v)) {
                sum += v;
                squares += (double) v * v;
                n++;
            }
        }
        this.mean = n == 0 ? 0f : (float) (sum / n);
        double variance = n == 0 ? 0 : squares / n - (sum / n) * (sum / n);
        this.std = variance > 1e-12 ? (float) Math.sqrt(variance) : 1f;
    }

    private NumericEncoder(NumericColumn column, float mean, float std) {
        this.column = column;
        this.mean = mean;
        this.std = std;
    }

    /** The encoder of a saved mapping before it is given rows ({@link #over}). */
    static NumericEncoder of(InputMapping.Numeric mapping) {
        return new NumericEncoder(mapping.encode(new String[0]), mapping.mean(), mapping.std());
    }

    @Override
    public InputMapping.Numeric mapping() {
        return new InputMapping.Numeric(column.name(), mean, std);
    }

    /** Rows standardised by the training statistics, not their own. */
    @Override
    public Encoder over(ColumnRows rows) {
        return new NumericEncoder(mapping().encode(rows.column(column.name())), mean, std);
    }

    @Override
    public String label() {
        return "numeric(" + column.name() + ")";
    }

    @Override
    public int outputDim() {
        return 1;
    }

    @Override
    public long parameterCount() {
        return 0;
    }

    @Override
    public EncoderInput prepare(EntityBatch batch, BatchRows rows) {
        int[] entities = batch.entities();
        float[] values = new float[entities.length];
        float[] raw = column.values();
        for (int i = 0; i < entities.length; i++) {
            float v = entities[i] < raw.length ? raw[entities[i]] : Float.NaN;
            values[i] = Float.isNaN(v) ? 0f : (v - mean) / std;
        }
        return EncoderInput.numeric(entities.length, 1, values);
    }

    @Override
    public NDArray forward(EncoderInput input, GatheredRows rows, NDManager batch) {
        return batch.create(input.values(), new Shape(input.rows(), 1));
    }
}
