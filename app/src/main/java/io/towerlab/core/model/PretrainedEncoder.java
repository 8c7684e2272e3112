package io.towerlab.core.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.towerlab.core.model.text.TextRows;

/**
 * A text through a {@link PretrainedTextModel}, mean-pooled and projected to {@code dim} by a linear layer.
 * The texts' word-piece ids are computed once; a batch is padded to its longest text. Frozen, only the
 * projection learns; otherwise the model's weights are parameters of the store too, updated by the same
 * optimizer and saved in checkpoints.
 */
public final class PretrainedEncoder implements Encoder {
    private final PretrainedTextModel model;
    private final TextRows texts;
    private final DenseLayer projection;
    private final boolean frozen;
    private final long pretrainedSize;

    public PretrainedEncoder(ParameterStore store, String name, PretrainedTextModel model, TextRows texts, int dim,
                             boolean frozen) {
        this.model = model;
        this.texts = texts;
        this.frozen = frozen;
        long size = 0;
        for (var weight : model.weights()) {
            size += weight.getValue().size();
            if (!frozen) {
                store.adopt(name + ".pretrained." + weight.getKey(), weight.getValue());
            }
        }
        this.pretrainedSize = size;
        this.projection = new DenseLayer(store, name + ".projection", model.hiddenSize(), dim, Activation.NONE);
    }

    PretrainedTextModel model() {
        return model;
    }

    @Override
    public String label() {
        return "pretrained(" + model.hiddenSize() + " → " + projection.outputDim(0) + (frozen ? ", frozen" : "") + ")";
    }

    @Override
    public int outputDim() {
        return projection.outputDim(model.hiddenSize());
    }

    @Override
    public long parameterCount() {
        return projection.parameterCount() + (frozen ? 0 : pretrainedSize);
    }

    /** Token ids {@code rows × width} (padded with the vocabulary's pad id) and the attention mask as weights. */
    @Override
    public EncoderInput prepare(EntityBatch batch, BatchRows rows) {
        int[] entities = batch.entities();
        int width = 1;
        for (int e : entities) {
            width = Math.max(width, e < texts.rows() ? texts.length(e) : 0);
        }
        long[] ids = new long[entities.length * width];
        float[] mask = new float[entities.length * width];
        java.util.Arrays.fill(ids, model.tokenizer().padId());
        for (int i = 0; i < entities.length; i++) {
            int e = entities[i];
            int length = e < texts.rows() ? texts.length(e) : 0;
            for (int j = 0; j < length; j++) {
                ids[i * width + j] = texts.ids()[texts.offsets()[e] + j];
                mask[i * width + j] = 1f;
            }
        }
        return EncoderInput.bag(entities.length, width, ids, mask);
    }

    @Override
    public NDArray forward(EncoderInput input, GatheredRows rows, NDManager batch) {
        return forward(input, rows, batch, false);
    }

    @Override
    public NDArray forward(EncoderInput input, GatheredRows rows, NDManager batch, boolean training) {
        Shape shape = new Shape(input.rows(), input.width());
        NDArray ids = batch.create(input.localIndices(), shape);
        long[] maskValues = new long[input.weights().length];
        for (int i = 0; i < maskValues.length; i++) {
            maskValues[i] = (long) input.weights()[i];
        }
        NDArray pooled = model.pooled(ids, batch.create(maskValues, shape), training);
        return projection.forward(pooled, training);
    }
}
