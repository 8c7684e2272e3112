package io.towerlab.core.spec;

import java.util.Objects;

/**
 * How a query vector u and a document vector v are scored: s(q, d) = sim(u, v) / τ.
 *
 * @param temperature      τ; with {@code learnTemperature} its starting value
 * @param learnTemperature learn the logit scale 1/τ as CLIP does (Radford et al. 2021)
 * @param maxLogitScale    the cap on a learned 1/τ (CLIP: 100), which keeps training stable
 */
public record SimilaritySpec(SimilarityType type, double temperature, boolean learnTemperature,
                             double maxLogitScale) {

    public SimilaritySpec {
        Objects.requireNonNull(type, "type");
    }
}
