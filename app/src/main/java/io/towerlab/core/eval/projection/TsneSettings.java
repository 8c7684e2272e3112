package io.towerlab.core.eval.projection;

/**
 * The knobs of t-SNE, with the defaults of van der Maaten (2014) except the learning rate, which
 * follows Belkina et al. (2019): {@code max(200, n / 12)} so large layouts converge in the same
 * number of iterations.
 *
 * <p><b>Large layouts.</b> From {@link #LARGE_LAYOUT} points on, the repulsion uses θ = 0.7 rather
 * than 0.5 by default: a cell is summarised when it is narrower than 0.7 of its distance, so each
 * iteration visits fewer quadtree cells. On 50,000 clustered points ({@code towerlab bench projection})
 * this cut the 750 iterations from 128 to 84 s of CPU; the layout's KL divergence went from 3.019 to
 * 3.038 and the share of each point's 10 nearest layout neighbours in its own cluster stayed
 * 100.0 %. The iteration count stays 750 at every size: 500 steps (θ = 0.8, 20,000 points) saved a
 * third of the iteration time but raised the KL from 2.21 to 2.25, about twice the loss of θ = 0.7
 * for a similar saving, and a layout stopped early has not finished separating its clusters.
 * Below {@link #LARGE_LAYOUT} points {@code theta} applies, and layouts there are what they were with
 * θ = 0.5 everywhere.
 *
 * @param perplexity         effective number of neighbours (5–50)
 * @param iterations         gradient steps
 * @param theta              Barnes-Hut accuracy below {@link #LARGE_LAYOUT} points: 0 is exact, 0.5 the usual
 *                           trade-off
 * @param largeTheta         Barnes-Hut accuracy from {@link #LARGE_LAYOUT} points on (see above)
 * @param exaggeration       early exaggeration factor applied to the affinities at first
 * @param exaggerationSteps  steps with exaggeration (and momentum 0.5); then momentum 0.8
 * @param inputDims          the vectors are first reduced by PCA to at most this many dimensions
 * @param seed               seed of the random initial layout
 */
public record TsneSettings(double perplexity, int iterations, double theta, double largeTheta, double exaggeration,
                           int exaggerationSteps, int inputDims, long seed) {

    /** From this many points on, {@link #largeTheta} applies (and the neighbours are searched approximately). */
    public static final int LARGE_LAYOUT = KNearestNeighbours.APPROXIMATE_FROM;

    public TsneSettings {
        if (!(perplexity >= 1)) {
            throw new IllegalArgumentException("perplexity must be >= 1, was " + perplexity);
        }
        if (iterations < 1 || exaggerationSteps < 0 || inputDims < 1) {
            throw new IllegalArgumentException("iterations and inputDims must be >= 1, exaggerationSteps >= 0");
        }
        if (!(theta >= 0 && theta < 1.5 && largeTheta >= 0 && largeTheta < 1.5)) {
            throw new IllegalArgumentException("theta must be in [0, 1.5), was " + theta + " and " + largeTheta);
        }
    }

    public static TsneSettings defaults() {
        return new TsneSettings(30, 750, 0.5, 0.7, 12, 250, 30, 42);
    }

    public TsneSettings withIterations(int value) {
        return new TsneSettings(perplexity, value, theta, largeTheta, exaggeration,
                Math.min(exaggerationSteps, value / 3), inputDims, seed);
    }

    /** The same accuracy at every size. */
    public TsneSettings withTheta(double value) {
        return new TsneSettings(perplexity, iterations, value, value, exaggeration, exaggerationSteps, inputDims, seed);
    }

    public TsneSettings withPerplexity(double value) {
        return new TsneSettings(value, iterations, theta, largeTheta, exaggeration, exaggerationSteps, inputDims, seed);
    }

    /** The Barnes-Hut accuracy used for {@code n} points. */
    public double theta(int n) {
        return n < LARGE_LAYOUT ? theta : largeTheta;
    }

    /** The learning rate used for {@code n} points. */
    public double learningRate(int n) {
        return Math.max(200, n / 12.0);
    }
}
