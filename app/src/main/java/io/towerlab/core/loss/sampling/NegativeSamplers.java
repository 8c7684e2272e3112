package io.towerlab.core.loss.sampling;

import io.towerlab.core.data.PositiveSets;
import java.util.Locale;

/** Creates the sampler named by an experiment spec's {@code negatives.sampler}. */
public final class NegativeSamplers {
    private NegativeSamplers() {
    }

    /**
     * @param type        {@code uniform}, {@code popularity}, {@code inbatch} or {@code hard}
     * @param positives   the training positives of every query
     * @param clickCounts training clicks per catalogue document (its length is the catalogue size)
     * @param alpha       the popularity exponent, used by {@code popularity} only
     */
    public static NegativeSampler of(String type, PositiveSets positives, int[] clickCounts, double alpha) {
        UniformSampler uniform = new UniformSampler(positives, clickCounts.length);
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "uniform" -> uniform;
            case "popularity" -> new PopularitySampler(positives, clickCounts, alpha);
            case "inbatch" -> new InBatchSampler(positives, uniform);
            case "hard" -> new HardNegativeSampler(positives, uniform, HardNegativeSampler.DEFAULT_CANDIDATES,
                    HardNegativeSampler.DEFAULT_MIX_IN_FRACTION);
            default -> throw new IllegalArgumentException("unknown negative sampler '" + type
                    + "': expected one of uniform, popularity, inbatch, hard");
        };
    }
}
