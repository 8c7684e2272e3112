package io.towerlab.core.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * The engine half shared by every encoder that reads rows of an embedding table: a weighted bag
 * of rows per entity ({@code width} rows, mean-pooling weights, padding weighted 0). With width 1
 * and weight 1 it is a plain embedding lookup.
 */
abstract class BagEncoder implements Encoder {
    protected final EmbeddingTable table;

    BagEncoder(EmbeddingTable table) {
        this.table = table;
    }

    @Override
    public int outputDim() {
        return table.dim();
    }

    @Override
    public NDArray forward(EncoderInput input, GatheredRows rows, NDManager batch) {
        NDArray gathered = rows.rows(table).get(new NDIndex("{}", batch.create(input.localIndices())));
        if (input.width() == 1 && input.weights() == null) {
            return gathered;
        }
        // rows × 1 × width times rows × width × dim: the weighted sum without a rows × width × dim product
        NDArray weights = batch.create(input.weights(), new Shape(input.rows(), 1, input.width()));
        return weights.matMul(gathered.reshape(input.rows(), input.width(), table.dim()))
                .reshape(input.rows(), table.dim());
    }

    /** Fills a padded bag: {@code values[offsets[e]..offsets[e+1])} of each entity, last {@code width}. */
    static EncoderInput meanBag(int[] entityStarts, int[] entityEnds, int[] values, int width,
                                RowCollector collector) {
        int n = entityStarts.length;
        long[] indices = new long[n * width];
        float[] weights = new float[n * width];
        for (int e = 0; e < n; e++) {
            int from = Math.max(entityStarts[e], entityEnds[e] - width);
            int count = entityEnds[e] - from;
            float w = count == 0 ? 0f : 1f / count;
            for (int j = 0; j < count; j++) {
                indices[e * width + j] = collector.localIndex(values[from + j]);
                weights[e * width + j] = w;
            }
        }
        // padding points at local row 0, weighted 0; make sure a row 0 exists
        if (n > 0) {
            collector.localIndex(values.length > 0 ? values[0] : 0);
        }
        return EncoderInput.bag(n, width, indices, weights);
    }
}
