package io.towerlab.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RandomEvalProblemTest {

    @Test
    void noClustersDrawsTheSameIsotropicVectorsAsBefore() {
        RandomEvalProblem plain = RandomEvalProblem.generate(20, 50, 4, 3, 2, 9);
        RandomEvalProblem none = RandomEvalProblem.generate(20, 50, 4, 3, 2, 9, 0);

        assertThat(none.documents().data()).isEqualTo(plain.documents().data());
        assertThat(none.queries().data()).isEqualTo(plain.queries().data());
    }

    @Test
    void clusteredVectorsSpreadAroundTheirCentreByTheClusterSpread() {
        RandomEvalProblem one = RandomEvalProblem.generate(10, 4000, 8, 0, 1, 3, 1);

        double spread = RandomEvalProblem.CLUSTER_SPREAD;
        assertThat(meanColumnVariance(one.documents())).isCloseTo(spread * spread, within(0.02));
    }

    @Test
    void aNegativeClusterCountIsRefused() {
        assertThatThrownBy(() -> RandomEvalProblem.generate(10, 10, 2, 0, 1, 1, -1)).hasMessageContaining("clusters");
    }

    private static double meanColumnVariance(EmbeddingMatrix m) {
        double total = 0;
        for (int c = 0; c < m.dim(); c++) {
            double sum = 0;
            double squares = 0;
            for (int r = 0; r < m.rows(); r++) {
                sum += m.get(r, c);
                squares += m.get(r, c) * m.get(r, c);
            }
            double mean = sum / m.rows();
            total += squares / m.rows() - mean * mean;
        }
        return total / m.dim();
    }
}
