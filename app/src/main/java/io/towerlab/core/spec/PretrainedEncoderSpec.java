package io.towerlab.core.spec;

import java.util.Objects;

/**
 * A pretrained text encoder from a local folder (a TorchScript {@code model.pt} and a WordPiece
 * {@code vocab.txt}, e.g. an exported BERT or sentence-transformers model), mean-pooled over the text's
 * tokens and projected to {@code dim} by a dense layer. With {@code freeze} its own weights stay fixed and
 * only the projection learns; otherwise they are fine-tuned. A relative {@code path} is resolved against the
 * working folder.
 */
public record PretrainedEncoderSpec(String column, String path, int dim, boolean freeze, int maxLength)
        implements TextEncoderSpec {

    public static final String TYPE = "pretrained";

    public PretrainedEncoderSpec {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(path, "path");
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
