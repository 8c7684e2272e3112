package io.towerlab.core.eval.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PcaTest {

    /** Data built as mean + Σ_i s_i·z_i·axis_i with orthonormal axes: the decomposition is known. */
    @Test
    void recoversKnownAxesAndVariancesOfConstructedData() {
        double[][] axes = {
            {0.6, 0.8, 0, 0},
            {0, 0, 1, 0},
            {-0.8, 0.6, 0, 0},
            {0, 0, 0, 1},
        };
        double[] deviations = {5, 2, 1, 0.5};
        double[] mean = {3, -1, 2, 7};
        int rows = 4;
        int dim = 4;
        // the four vectors ±√(n−1)/√2 · s_i · axis_i give exactly variance s_i² along axis_i and mean 0
        int n = 2 * rows;
        float[] data = new float[n * dim];
        for (int i = 0; i < rows; i++) {
            double amplitude = deviations[i] * Math.sqrt((n - 1) / 2.0);
            for (int sign = 0; sign < 2; sign++) {
                int row = 2 * i + sign;
                for (int c = 0; c < dim; c++) {
                    data[row * dim + c] = (float) (mean[c] + (sign == 0 ? 1 : -1) * amplitude * axes[i][c]);
                }
            }
        }
        Pca pca = Pca.fit(data, n, dim, 2);
        assertThat(pca.variances()[0]).isCloseTo(25, within(1e-3));
        assertThat(pca.variances()[1]).isCloseTo(4, within(1e-3));
        assertThat(pca.totalVariance()).isCloseTo(25 + 4 + 1 + 0.25, within(1e-3));
        assertThat(pca.explained(0)).isCloseTo(25 / 30.25, within(1e-4));
        for (int c = 0; c < dim; c++) {
            assertThat(pca.components()[0][c]).isCloseTo(axes[0][c], within(1e-5));
            assertThat(pca.components()[1][c]).isCloseTo(axes[1][c], within(1e-5));
            assertThat(pca.mean()[c]).isCloseTo(mean[c], within(1e-4));
        }
        float[] projected = pca.project(data, n);
        assertThat(projected[0]).isCloseTo((float) (5 * Math.sqrt(3.5)), within(1e-3f));
        assertThat(projected[1]).isCloseTo(0f, within(1e-3f));
        assertThat(projected[2 * 2 + 1]).isCloseTo((float) (2 * Math.sqrt(3.5)), within(1e-3f));
    }

    @Test
    void eigenDecompositionReconstructsARandomSymmetricMatrix() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 12;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                m[i][j] = m[j][i] = random.nextDouble(-1, 1);
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(m);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += eigen.values()[k] * eigen.vectors()[k][i] * eigen.vectors()[k][j];
                }
                assertThat(sum).isCloseTo(m[i][j], within(1e-9));
            }
        }
        for (int k = 1; k < n; k++) {
            assertThat(eigen.values()[k]).isLessThanOrEqualTo(eigen.values()[k - 1]);
        }
    }
}
