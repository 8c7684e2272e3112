package io.towerlab.core.spec;

/**
 * One input of a tower, turned into a fixed-size vector; written in JSON as an object whose {@code "type"}
 * selects the kind.
 *
 * <p>Adding a kind: add a record to the {@code permits} list, give it a reader and a writer in
 * {@link EncoderKinds}, its allowed keys in {@link SpecSchema}, its numeric keys in the
 * {@link HyperparameterRegistry}, and its size in {@link #outputDim()}. Until then an unknown {@code "type"}
 * is reported with the list of known ones.
 */
public sealed interface EncoderSpec
        permits IdEncoderSpec, CategoricalEncoderSpec, NumericEncoderSpec, HistoryEncoderSpec, TextEncoderSpec {

    /** The JSON {@code "type"} of this kind, e.g. {@code "categorical"}. */
    String type();

    /** How many numbers this input contributes to the tower's concatenated input. */
    int outputDim();
}
