package io.towerlab.core.compare;

/**
 * Student's paired t-test: whether the mean of the differences dᵢ = aᵢ − bᵢ of paired values is zero.
 * t = mean(d) / (sd(d) / √n) with n − 1 degrees of freedom; the two-sided p-value is
 * P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, 1/2), the regularised incomplete beta function (Abramowitz and
 * Stegun 26.7.1), evaluated by its continued fraction (Numerical Recipes, 6.4).
 *
 * @param t  the statistic (NaN when all differences are equal, which leaves nothing to test)
 * @param df degrees of freedom, n − 1
 * @param p  the two-sided p-value
 */
public record PairedTTest(double meanDifference, double t, int df, double p) {

    /** Tests paired samples {@code a} and {@code b} of equal length, at least 2. */
    public static PairedTTest of(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("a paired test needs as many values on each side, had " + a.length
                    + " and " + b.length);
        }
        if (a.length < 2) {
            throw new IllegalArgumentException("a paired test needs at least 2 pairs, had " + a.length);
        }
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        Spread s = Spread.of(d);
        int df = d.length - 1;
        if (s.sd() == 0) {
            return new PairedTTest(s.mean(), Double.NaN, df, s.mean() == 0 ? 1 : 0);
        }
        double t = s.mean() / (s.sd() / Math.sqrt(d.length));
        return new PairedTTest(s.mean(), t, df, twoSidedP(t, df));
    }

    /** P(|T| ≥ |t|) for Student's T with {@code df} degrees of freedom. */
    static double twoSidedP(double t, int df) {
        double x = df / (df + t * t);
        return IncompleteBeta.regularized(x, df / 2.0, 0.5);
    }

    /** Whether the difference is significant at level {@code alpha} (e.g. 0.05). */
    public boolean significantAt(double alpha) {
        return p < alpha;
    }
}
