package io.towerlab.core.eval.projection;

/**
 * Principal component analysis of row vectors: the data are centred, their covariance matrix
 * (dim × dim) is decomposed exactly ({@link SymmetricEigen}), and each row is projected on the
 * leading eigenvectors (Pearson 1901; Jolliffe, "Principal Component Analysis"). Computing the
 * covariance is one pass over the data, so 50,000 vectors of 64 dimensions take well under a second.
 *
 * @param mean        the mean row, subtracted before projecting
 * @param components  the leading principal axes as unit rows, largest variance first
 * @param variances   the variance of the data along each component
 * @param totalVariance the sum of the variances along every axis (the covariance's trace)
 */
public record Pca(double[] mean, double[][] components, double[] variances, double totalVariance) {

    /** Fits {@code k} components to {@code rows} vectors of {@code dim} values stored row-major in {@code data}. */
    public static Pca fit(float[] data, int rows, int dim, int k) {
        if (rows < 1 || dim < 1 || (long) rows * dim != data.length) {
            throw new IllegalArgumentException(data.length + " values do not make " + rows + " rows of " + dim);
        }
        if (k < 1 || k > dim) {
            throw new IllegalArgumentException("k must be between 1 and " + dim + ", was " + k);
        }
        double[] mean = columnMeans(data, rows, dim);
        double[][] covariance = covariance(data, rows, dim, mean);
        SymmetricEigen eigen = SymmetricEigen.of(covariance);
        double[][] components = new double[k][];
        double[] variances = new double[k];
        double total = 0;
        for (int i = 0; i < dim; i++) {
            total += Math.max(0, eigen.values()[i]);
        }
        for (int i = 0; i < k; i++) {
            components[i] = eigen.vectors()[i];
            variances[i] = Math.max(0, eigen.values()[i]);
        }
        return new Pca(mean, components, variances, total);
    }

    private static double[][] covariance(float[] data, int rows, int dim, double[] mean) {
        double[][] cov = new double[dim][dim];
        double[] centred = new double[dim];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < dim; c++) {
                centred[c] = data[r * dim + c] - mean[c];
            }
            for (int i = 0; i < dim; i++) {
                double x = centred[i];
                double[] row = cov[i];
                for (int j = i; j < dim; j++) {
                    row[j] += x * centred[j];
                }
            }
        }
        double scale = rows > 1 ? 1.0 / (rows - 1) : 1.0;
        for (int i = 0; i < dim; i++) {
            for (int j = i; j < dim; j++) {
                cov[i][j] *= scale;
                cov[j][i] = cov[i][j];
            }
        }
        return cov;
    }

    /** The number of components. */
    public int k() {
        return components.length;
    }

    /** The share of the total variance each component explains. */
    public double explained(int component) {
        return totalVariance > 0 ? variances[component] / totalVariance : 0;
    }

    /** Projects row-major vectors onto the components: {@code rows × k} coordinates, row-major. */
    public float[] project(float[] data, int rows) {
        int dim = mean.length;
        int k = k();
        float[] out = new float[rows * k];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < k; i++) {
                double sum = 0;
                double[] axis = components[i];
                for (int c = 0; c < dim; c++) {
                    sum += (data[r * dim + c] - mean[c]) * axis[c];
                }
                out[r * k + i] = (float) sum;
            }
        }
        return out;
    }

    /** The mean of each column of {@code rows × dim} row-major values. */
    static double[] columnMeans(float[] data, int rows, int dim) {
        double[] mean = new double[dim];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < dim; c++) {
                mean[c] += data[r * dim + c];
            }
        }
        for (int c = 0; c < dim; c++) {
            mean[c] /= rows;
        }
        return mean;
    }
}
