package io.towerlab.core.spec;

import java.util.Objects;

/**
 * A small transformer encoder trained from scratch (Vaswani et al. 2017): word and learned position
 * embeddings of {@code dim} columns, {@code layers} blocks of {@code heads}-head self-attention and a
 * feed-forward, each with a residual connection and layer norm, padding masked; the words' outputs are
 * mean-pooled, or the first position (a prepended {@code [CLS]} token) is taken. The word vocabulary is built
 * as for {@link TokensEncoderSpec}.
 */
public record TransformerEncoderSpec(String column, int dim, int layers, int heads, int maxLength,
                                     TextPooling pooling, int maxVocabulary, int minCount)
        implements TextEncoderSpec {

    public static final String TYPE = "transformer";

    public TransformerEncoderSpec {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(pooling, "pooling");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int outputDim() {
        return dim;
    }
}
