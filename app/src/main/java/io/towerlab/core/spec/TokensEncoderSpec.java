package io.towerlab.core.spec;

import java.util.Objects;

/**
 * Word embeddings mean-pooled over the first {@code maxLength} words of the text. The vocabulary is built from
 * the training data's texts: words seen at least {@code minCount} times, at most {@code maxVocabulary} of
 * them (the most frequent), every other word mapped to one unknown token.
 */
public record TokensEncoderSpec(String column, int dim, int maxVocabulary, int minCount, int maxLength)
        implements TextEncoderSpec {

    public static final String TYPE = "tokens";

    public TokensEncoderSpec {
        Objects.requireNonNull(column, "column");
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
