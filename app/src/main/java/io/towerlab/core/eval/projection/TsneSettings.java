package io.towerlab.core.eval.projection;

/**
 * The knobs of t-SNE, with the defaults of van der Maaten (2014) except the learning rate, which
 * follows Belkina et al. (2019): {@code max(200, n / 12)} so large layouts converge in the same
 * number of iterations.
 *
 * @param perplexity         effective number of neighbours (5–50)
 * @param iterations         gradient steps
 * @param theta              Barnes-Hut accuracy: 0 is exact, 0.5 the usual trade-off
 * @param exaggeration       early exaggeration factor applied to the affinities at first
 * @param exaggerationSteps  steps with exaggeration (and momentum 0.5); then momentum 0.8
 * @param inputDims          the vectors are first reduced by PCA to at most this many dimensions
 * @param seed               seed of the random initial layout
 */
public record TsneSettings(double perplexity, int iterations, double theta, double exaggeration,
                           int exaggerationSteps, int inputDims, long seed) {

    public TsneSettings {
        if (!(perplexity >= 1)) {
            throw new IllegalArgumentException("perplexity must be >= 1, was " + perplexity);
        }
        if (iterations < 1 || exaggerationSteps < 0 || inputDims < 1) {
            throw new IllegalArgumentException("iterations and inputDims must be >= 1, exaggerationSteps >= 0");
        }
        if (!(theta >= 0 && theta < 1.5)) {
            throw new IllegalArgumentException("theta must be in [0, 1.5), was " + theta);
        }
    }

    public static TsneSettings defaults() {
        return new TsneSettings(30, 750, 0.5, 12, 250, 30, 42);
    }

    public TsneSettings withIterations(int value) {
        return new TsneSettings(perplexity, value, theta, exaggeration, Math.min(exaggerationSteps, value / 3),
                inputDims, seed);
    }

    public TsneSettings withPerplexity(double value) {
        return new TsneSettings(value, iterations, theta, exaggeration, exaggerationSteps, inputDims, seed);
    }

    /** The learning rate used for {@code n} points. */
    public double learningRate(int n) {
        return Math.max(200, n / 12.0);
    }
}
