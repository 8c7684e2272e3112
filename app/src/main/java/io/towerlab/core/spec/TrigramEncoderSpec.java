package io.towerlab.core.spec;

import java.util.Objects;

/**
 * Letter-trigram word hashing (Huang et al. 2013, DSSM): each word of the text becomes {@code #word#}, its
 * letter trigrams are hashed into {@code buckets}, optionally with word bigrams, and the bag of bucket counts
 * is summed through an embedding table of {@code dim} columns. Unseen words and typos still share most of
 * their trigrams with known words.
 */
public record TrigramEncoderSpec(String column, int buckets, int dim, boolean wordBigrams) implements TextEncoderSpec {

    public static final String TYPE = "trigram";

    public TrigramEncoderSpec {
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
