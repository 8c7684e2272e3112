package io.towerlab.core.spec;

/** Where the K negatives of the softmax, PairCE and triplet losses come from. */
public enum SamplerType implements SpecEnum {
    /** Uniformly over the catalogue. */
    UNIFORM("uniform"),
    /** In proportion to popularity^α (word2vec's unigram^0.75, Mikolov et al. 2013). */
    POPULARITY("popularity"),
    /** The other positives of the same batch. */
    INBATCH("inbatch"),
    /** Top-scored non-positives under the current model, refreshed each epoch, mixed with uniform ones. */
    HARD("hard");

    private final String jsonName;

    SamplerType(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }
}
