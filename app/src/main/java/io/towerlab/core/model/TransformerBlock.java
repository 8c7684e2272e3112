package io.towerlab.core.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;

/**
 * One post-norm transformer encoder block (Vaswani et al. 2017, "Attention is all you need"):
 * {@code x = LN(x + MHA(x)); x = LN(x + W₂ GELU(W₁ x))}, with multi-head scaled dot-product self-attention
 * {@code softmax(Q Kᵀ / √d_h + mask) V}. The mask adds a large negative to every padded key, so a padded
 * position is never attended to.
 */
final class TransformerBlock {
    static final float MASKED = -1e9f;
    private static final float EPSILON = 1e-5f;

    private final int dim;
    private final int heads;
    private final DenseParameter qkv;
    private final DenseParameter qkvBias;
    private final DenseParameter out;
    private final DenseParameter outBias;
    private final DenseParameter gain1;
    private final DenseParameter shift1;
    private final DenseParameter ff1;
    private final DenseParameter ff1Bias;
    private final DenseParameter ff2;
    private final DenseParameter ff2Bias;
    private final DenseParameter gain2;
    private final DenseParameter shift2;

    TransformerBlock(ParameterStore store, String name, int dim, int heads) {
        if (dim % heads != 0) {
            throw new IllegalArgumentException(name + ": hidden size " + dim + " does not divide by " + heads + " heads");
        }
        this.dim = dim;
        this.heads = heads;
        this.qkv = store.glorot(name + ".attention.qkv", dim, 3 * dim);
        this.qkvBias = store.constant(name + ".attention.qkvBias", new Shape(3 * dim), 0f);
        this.out = store.glorot(name + ".attention.out", dim, dim);
        this.outBias = store.constant(name + ".attention.outBias", new Shape(dim), 0f);
        this.gain1 = store.constant(name + ".norm1.gain", new Shape(dim), 1f);
        this.shift1 = store.constant(name + ".norm1.shift", new Shape(dim), 0f);
        this.ff1 = store.glorot(name + ".feedForward.in", dim, 4 * dim);
        this.ff1Bias = store.constant(name + ".feedForward.inBias", new Shape(4 * dim), 0f);
        this.ff2 = store.glorot(name + ".feedForward.out", 4 * dim, dim);
        this.ff2Bias = store.constant(name + ".feedForward.outBias", new Shape(dim), 0f);
        this.gain2 = store.constant(name + ".norm2.gain", new Shape(dim), 1f);
        this.shift2 = store.constant(name + ".norm2.shift", new Shape(dim), 0f);
    }

    long parameterCount() {
        long total = 0;
        for (DenseParameter p : new DenseParameter[] {qkv, qkvBias, out, outBias, gain1, shift1, ff1, ff1Bias, ff2,
                ff2Bias, gain2, shift2}) {
            total += p.size();
        }
        return total;
    }

    /**
     * @param x       {@code batch × length × dim}
     * @param keyMask {@code batch × 1 × 1 × length}: 0 for a word, {@link #MASKED} for padding
     */
    NDArray forward(NDArray x, NDArray keyMask) {
        long batch = x.getShape().get(0);
        long length = x.getShape().get(1);
        int headDim = dim / heads;
        NDList qkvParts = x.matMul(qkv.value()).add(qkvBias.value()).split(3, 2);
        NDArray q = splitHeads(qkvParts.get(0), batch, length, headDim);
        NDArray k = splitHeads(qkvParts.get(1), batch, length, headDim);
        NDArray v = splitHeads(qkvParts.get(2), batch, length, headDim);
        NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).div((float) Math.sqrt(headDim)).add(keyMask);
        NDArray attended = scores.softmax(3).matMul(v).transpose(0, 2, 1, 3).reshape(batch, length, dim);
        x = layerNorm(x.add(attended.matMul(out.value()).add(outBias.value())), gain1, shift1);
        NDArray hidden = ai.djl.nn.Activation.gelu(x.matMul(ff1.value()).add(ff1Bias.value()));
        return layerNorm(x.add(hidden.matMul(ff2.value()).add(ff2Bias.value())), gain2, shift2);
    }

    private NDArray splitHeads(NDArray x, long batch, long length, int headDim) {
        return x.reshape(batch, length, heads, headDim).transpose(0, 2, 1, 3);
    }

    private static NDArray layerNorm(NDArray x, DenseParameter gain, DenseParameter shift) {
        NDArray centered = x.sub(x.mean(new int[] {2}, true));
        NDArray variance = centered.square().mean(new int[] {2}, true);
        return centered.div(variance.add(EPSILON).sqrt()).mul(gain.value()).add(shift.value());
    }
}
