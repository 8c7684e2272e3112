package io.towerlab.core.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import io.towerlab.core.model.text.TextRows;
import java.util.ArrayList;
import java.util.List;

/**
 * A text through a small transformer trained from scratch: word embeddings (a sparse table, so only the
 * batch's words are gathered and updated) plus learned position embeddings, {@link TransformerBlock}s with
 * padding masks, then the mean over the text's words or the output at its first position (a {@code [CLS]}
 * token the caller prepends). Each batch is padded only to its longest text.
 */
public final class TransformerEncoder implements Encoder {
    private final TextRows texts;
    private final EmbeddingTable words;
    private final DenseParameter positions;
    private final List<TransformerBlock> blocks = new ArrayList<>();
    private final boolean firstToken;
    private final int maxLength;
    private final InputMapping.Words mapping;

    /**
     * @param texts      each entity's word ids, already cut to {@code maxLength} (with {@code [CLS]} first when
     *                   pooling the first token); a text without words must hold at least one id
     * @param firstToken pool the first position rather than the mean
     */
    public TransformerEncoder(ParameterStore store, String name, TextRows texts, EmbeddingTable words, int maxLength,
                              int layers, int heads, boolean firstToken) {
        this(store, name, null, texts, words, maxLength, layers, heads, firstToken);
    }

    /** @param mapping how a raw text becomes word ids, so that other texts can be encoded ({@link #over}) */
    TransformerEncoder(ParameterStore store, String name, InputMapping.Words mapping, TextRows texts,
                       EmbeddingTable words, int maxLength, int layers, int heads, boolean firstToken) {
        this.mapping = mapping;
        this.texts = texts;
        this.words = words;
        this.maxLength = maxLength;
        this.firstToken = firstToken;
        this.positions = store.normal(name + ".positions", new Shape(maxLength, words.dim()),
                ModelBuilder.EMBEDDING_STD);
        for (int i = 0; i < layers; i++) {
            blocks.add(new TransformerBlock(store, name + ".block" + i, words.dim(), heads));
        }
    }

    /** The same encoder and weights over other texts. */
    private TransformerEncoder(TransformerEncoder weights, TextRows texts) {
        this.texts = texts;
        this.words = weights.words;
        this.positions = weights.positions;
        this.blocks.addAll(weights.blocks);
        this.firstToken = weights.firstToken;
        this.maxLength = weights.maxLength;
        this.mapping = weights.mapping;
    }

    @Override
    public InputMapping.Words mapping() {
        return mapping;
    }

    @Override
    public Encoder over(ColumnRows rows) {
        if (mapping == null) {
            return Encoder.super.over(rows);
        }
        return new TransformerEncoder(this, mapping.rows(rows.column(mapping.column())));
    }

    @Override
    public String label() {
        return "transformer(" + words.dim() + ", " + blocks.size() + " layers, " + (firstToken ? "first" : "mean") + ")";
    }

    @Override
    public int outputDim() {
        return words.dim();
    }

    @Override
    public long parameterCount() {
        return words.size() + positions.size() + blocks.stream().mapToLong(TransformerBlock::parameterCount).sum();
    }

    /** Local word rows {@code rows × width} and a mask (1 word, 0 padding) as the weights. */
    @Override
    public EncoderInput prepare(EntityBatch batch, BatchRows rows) {
        RowCollector collector = rows.of(words);
        int[] entities = batch.entities();
        int width = 1;
        for (int e : entities) {
            width = Math.max(width, length(e));
        }
        long[] indices = new long[entities.length * width];
        float[] mask = new float[entities.length * width];
        java.util.Arrays.fill(indices, collector.localIndex(0));
        for (int i = 0; i < entities.length; i++) {
            int from = entities[i] < texts.rows() ? texts.offsets()[entities[i]] : 0;
            for (int j = 0; j < length(entities[i]); j++) {
                indices[i * width + j] = collector.localIndex(texts.ids()[from + j]);
                mask[i * width + j] = 1f;
            }
        }
        return EncoderInput.bag(entities.length, width, indices, mask);
    }

    private int length(int entity) {
        return entity < texts.rows() ? Math.min(maxLength, texts.length(entity)) : 0;
    }

    @Override
    public NDArray forward(EncoderInput input, GatheredRows rows, NDManager batch) {
        int n = input.rows();
        int width = input.width();
        NDArray x = rows.rows(words).get(new NDIndex("{}", batch.create(input.localIndices())))
                .reshape(n, width, words.dim())
                .add(positions.value().get(new NDIndex("0:" + width)));
        NDArray mask = batch.create(input.weights(), new Shape(n, width));
        NDArray keyMask = mask.sub(1f).mul(-TransformerBlock.MASKED).reshape(n, 1, 1, width);
        for (TransformerBlock block : blocks) {
            x = block.forward(x, keyMask);
        }
        if (firstToken) {
            return x.get(new NDIndex(":, 0, :"));
        }
        NDArray weights = mask.div(mask.sum(new int[] {1}, true).maximum(1f)).reshape(n, width, 1);
        return x.mul(weights).sum(new int[] {1});
    }
}
