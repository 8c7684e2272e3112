package io.towerlab.core.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * A query tower, a document tower and the similarity between their outputs,
 * {@code s(q, d) = ⟨Q(q), D(d)⟩ / τ} (Huang et al., 2013, "Learning deep structured semantic
 * models"). The temperature is fixed, or learned as a logit scale {@code exp(t)} capped at
 * {@code maxLogitScale} as in CLIP (Radford et al., 2021).
 */
public final class TwoTowerModel implements AutoCloseable {
    private final ParameterStore store;
    private final Tower queryTower;
    private final Tower documentTower;
    private final Similarity similarity;
    private final float temperature;
    private final DenseParameter logitScale;
    private final float maxLogitScale;

    public TwoTowerModel(ParameterStore store, Tower queryTower, Tower documentTower, Similarity similarity,
                         float temperature, boolean learnTemperature, float maxLogitScale) {
        if (queryTower.outputDim() != documentTower.outputDim()) {
            throw new IllegalArgumentException("the two towers end in " + queryTower.outputDim() + " and "
                    + documentTower.outputDim() + " dimensions: a dot product needs equal sizes");
        }
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be > 0, was " + temperature);
        }
        this.store = store;
        this.queryTower = queryTower;
        this.documentTower = documentTower;
        this.similarity = similarity;
        this.temperature = temperature;
        this.maxLogitScale = maxLogitScale;
        this.logitScale = learnTemperature
                ? store.constant("similarity.logitScale", new Shape(1), (float) Math.log(1 / temperature))
                : null;
    }

    public ParameterStore parameters() {
        return store;
    }

    public Tower queryTower() {
        return queryTower;
    }

    public Tower documentTower() {
        return documentTower;
    }

    public Similarity similarity() {
        return similarity;
    }

    public int dim() {
        return queryTower.outputDim();
    }

    /** The vectors compared by the similarity: tower outputs, normalised when the similarity is cosine. */
    public NDArray compared(NDArray towerOutput) {
        return compared(similarity, towerOutput);
    }

    private static NDArray compared(Similarity similarity, NDArray towerOutput) {
        return similarity == Similarity.COSINE ? Tower.l2Normalize(towerOutput) : towerOutput;
    }

    /** The factor {@code 1/τ} applied to every dot product, as a scalar array in the batch scope. */
    public NDArray scale(NDManager batch) {
        if (logitScale == null) {
            return batch.create(1f / temperature);
        }
        NDArray value = logitScale.value().clip(Float.NEGATIVE_INFINITY, Math.log(maxLogitScale)).exp();
        value.attach(batch);
        return value;
    }

    /** The current temperature τ (learned or fixed). */
    public float currentTemperature() {
        if (logitScale == null) {
            return temperature;
        }
        float t = logitScale.value().getFloat(0);
        return (float) (1 / Math.min(Math.exp(t), maxLogitScale));
    }

    /**
     * The compared vectors of the given entities as a row-major {@code float[n × dim]}, computed in
     * blocks without gradients. Documents need no interaction rows; queries are encoded with their
     * whole training history.
     */
    public float[] embed(Tower tower, int[] entities, int blockSize, NDManager parent) {
        return embed(tower, similarity, entities, blockSize, parent);
    }

    /** As {@link #embed(Tower, int[], int, NDManager)}, for a tower outside a model (a saved document tower). */
    public static float[] embed(Tower tower, Similarity similarity, int[] entities, int blockSize, NDManager parent) {
        int dim = tower.outputDim();
        float[] out = new float[entities.length * dim];
        BatchRows rows = new BatchRows();
        for (int from = 0; from < entities.length; from += blockSize) {
            int to = Math.min(entities.length, from + blockSize);
            int[] block = java.util.Arrays.copyOfRange(entities, from, to);
            List<EncoderInput> inputs = tower.prepare(new EntityBatch(block, null), rows);
            try (NDManager batch = parent.newSubManager(); NDScope scope = new NDScope()) {
                GatheredRows gathered = GatheredRows.gather(rows.finish(), batch, false);
                float[] vectors = compared(similarity, tower.forward(inputs, gathered, batch, false)).toFloatArray();
                System.arraycopy(vectors, 0, out, from * dim, vectors.length);
            }
        }
        return out;
    }

    public long parameterCount() {
        return store.parameterCount();
    }

    @Override
    public void close() {
        store.close();
    }
}
