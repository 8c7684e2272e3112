package io.towerlab.core.compare;

/**
 * The mean and spread of a sample: the sample standard deviation (n − 1 in the denominator) and the
 * minimum and maximum. With one value the deviation is 0.
 */
public record Spread(int n, double mean, double sd, double min, double max) {

    public static Spread of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("the spread of no values is undefined");
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0;
        return new Spread(values.length, mean, sd, min, max);
    }

    /** {@code mean ± sd} with four decimals. */
    public String format() {
        return String.format(java.util.Locale.ROOT, "%.4f ± %.4f", mean, sd);
    }
}
