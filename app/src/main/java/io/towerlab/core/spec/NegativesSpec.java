package io.towerlab.core.spec;

import java.util.Objects;

/**
 * The K negatives of the softmax, PairCE and triplet losses. A sampler never returns one of the query's
 * positives.
 *
 * @param count        K, negatives per positive (the 2013 DSSM used 4)
 * @param alpha        the exponent of the {@code popularity} sampler: P(d) ∝ count(d)^α
 * @param hardPoolSize for {@code hard}: hard negatives are drawn from each query's top-scored non-positives,
 *                     this many of them
 * @param hardMix      for {@code hard}: the share of the K negatives that are hard; the rest are uniform
 */
public record NegativesSpec(SamplerType sampler, int count, double alpha, int hardPoolSize, double hardMix) {

    public NegativesSpec {
        Objects.requireNonNull(sampler, "sampler");
    }
}
