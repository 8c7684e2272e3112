package io.towerlab.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EmaTest {

    @Test
    void debiasedAverageMatchesHandComputation() {
        // m1 = 0.5·0 + 0.5·1 = 0.5 → 0.5 / (1 − 0.5) = 1; m2 = 0.5·0.5 + 0.5·3 = 1.75 → 1.75 / 0.75
        double[] s = Ema.smooth(new double[] {1, 3}, 0.5);
        assertThat(s[0]).isCloseTo(1.0, within(1e-12));
        assertThat(s[1]).isCloseTo(1.75 / 0.75, within(1e-12));
    }

    @Test
    void constantCurveStaysConstantFromTheFirstPoint() {
        double[] s = Ema.smooth(new double[] {2, 2, 2, 2}, 0.9);
        assertThat(s).containsExactly(new double[] {2, 2, 2, 2}, within(1e-12));
    }

    @Test
    void zeroWeightLeavesTheCurveAndNaNIsCarriedOver() {
        assertThat(Ema.smooth(new double[] {1, 5, 2}, 0)).containsExactly(1, 5, 2);
        double[] s = Ema.smooth(new double[] {1, Double.NaN, 1}, 0.5);
        assertThat(s[1]).isNaN();
        assertThat(s[2]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void smoothingReducesTheSpreadOfANoisyCurve() {
        double[] noisy = new double[200];
        for (int i = 0; i < noisy.length; i++) {
            noisy[i] = i % 2 == 0 ? 1 : -1;
        }
        double[] s = Ema.smooth(noisy, 0.9);
        assertThat(Math.abs(s[199])).isLessThan(0.1);
    }

    @Test
    void rejectsAWeightOfOne() {
        assertThatThrownBy(() -> Ema.smooth(new double[] {1}, 1)).hasMessageContaining("[0, 1)");
    }

    @Test
    void nearestPointIsFoundOnEitherSide() {
        Curve c = new Curve("c", new double[] {0, 10, 20}, new double[] {1, 2, 3});
        assertThat(c.nearest(-5)).isEqualTo(0);
        assertThat(c.nearest(4)).isEqualTo(0);
        assertThat(c.nearest(6)).isEqualTo(1);
        assertThat(c.nearest(20)).isEqualTo(2);
        assertThat(c.nearest(99)).isEqualTo(2);
    }
}
