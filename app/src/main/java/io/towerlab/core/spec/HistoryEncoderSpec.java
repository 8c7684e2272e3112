package io.towerlab.core.spec;

import java.util.Objects;

/**
 * A query-tower input: the documents the query clicked before the current interaction (at most the last
 * {@code maxLength}), embedded and pooled into {@code dim} numbers, as in YouTube's candidate generation
 * (Covington et al. 2016). With {@code shareDocumentTable} the embeddings are the document tower's own
 * {@code id} table, so {@code dim} must equal that table's.
 */
public record HistoryEncoderSpec(int dim, int maxLength, Pooling pooling, boolean shareDocumentTable)
        implements EncoderSpec {

    public static final String TYPE = "history";

    public HistoryEncoderSpec {
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
