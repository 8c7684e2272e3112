package io.towerlab.core.compare;

/**
 * Exponential moving average of a curve, debiased as in Adam (Kingma and Ba, 2015): with
 * m₀ = 0 and mᵢ = β·mᵢ₋₁ + (1 − β)·yᵢ, the smoothed value is mᵢ / (1 − βⁱ), so the first points are
 * not pulled towards zero. β = 0 leaves the curve as it is; β near 1 smooths strongly. Missing
 * values (NaN) are carried over: they neither move the average nor appear smoothed.
 */
public final class Ema {
    private Ema() {
    }

    /** The smoothed copy of {@code values} for a weight β in [0, 1). */
    public static double[] smooth(double[] values, double beta) {
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException("the smoothing weight must be in [0, 1), was " + beta);
        }
        double[] out = new double[values.length];
        double m = 0;
        double debias = 1;
        for (int i = 0; i < values.length; i++) {
            double y = values[i];
            if (Double.isNaN(y)) {
                out[i] = Double.NaN;
                continue;
            }
            m = beta * m + (1 - beta) * y;
            debias *= beta;
            out[i] = m / (1 - debias);
        }
        return out;
    }
}
