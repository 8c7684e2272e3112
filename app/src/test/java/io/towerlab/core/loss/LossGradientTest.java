package io.towerlab.core.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** The engine's gradients of every loss against central finite differences, in float64. */
class LossGradientTest {
    private static final double H = 1e-6;
    private static final int B = 3;
    private static final int K = 4;

    private final SplittableRandom random = new SplittableRandom(20240611);

    private double[] randomValues(int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (random.nextDouble() * 2 - 1) * scale;
        }
        return v;
    }

    /**
     * Compares d loss / d input for every element of every input.
     *
     * @param loss maps (manager, inputs) to the scalar loss; only {@code inputs} are differentiated
     */
    private void assertGradientsMatchFiniteDifferences(List<double[]> values, List<Shape> shapes,
                                                       BiFunction<NDManager, NDList, NDArray> loss) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDList inputs = arrays(manager, values, shapes);
            for (NDArray input : inputs) {
                input.setRequiresGradient(true);
            }
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(loss.apply(manager, inputs));
            }
            for (int a = 0; a < values.size(); a++) {
                double[] analytic = inputs.get(a).getGradient().toDoubleArray();
                for (int e = 0; e < values.get(a).length; e++) {
                    double numeric = (perturbed(manager, values, shapes, loss, a, e, H)
                            - perturbed(manager, values, shapes, loss, a, e, -H)) / (2 * H);
                    assertThat(analytic[e]).as("input %d element %d", a, e)
                            .isCloseTo(numeric, within(1e-6 + 1e-5 * Math.abs(numeric)));
                }
            }
        }
    }

    private static double perturbed(NDManager manager, List<double[]> values, List<Shape> shapes,
                                    BiFunction<NDManager, NDList, NDArray> loss, int a, int e, double h) {
        List<double[]> copy = new ArrayList<>();
        for (double[] v : values) {
            copy.add(v.clone());
        }
        copy.get(a)[e] += h;
        try (NDManager scope = manager.newSubManager()) {
            return loss.apply(scope, arrays(scope, copy, shapes)).getDouble();
        }
    }

    private static NDList arrays(NDManager manager, List<double[]> values, List<Shape> shapes) {
        NDList list = new NDList();
        for (int i = 0; i < values.size(); i++) {
            list.add(manager.create(values.get(i), shapes.get(i)));
        }
        return list;
    }

    private void checkSampled(SampledRankingLoss loss, double[] pos, double[] neg) {
        double[] weight = {1.0, 2.5, 0.5};
        assertGradientsMatchFiniteDifferences(List.of(pos, neg), List.of(new Shape(B), new Shape(B, K)),
                (m, in) -> loss.compute(in.get(0), in.get(1), m.create(weight)));
    }

    @Test
    void sampledSoftmaxGradientMatchesFiniteDifferences() {
        checkSampled(new SampledSoftmaxLoss(), randomValues(B, 3), randomValues(B * K, 3));
    }

    @Test
    void pairCeGradientMatchesFiniteDifferences() {
        checkSampled(new PairCeLoss(), randomValues(B, 3), randomValues(B * K, 3));
    }

    @Test
    void tripletGradientMatchesFiniteDifferencesAwayFromTheHinge() {
        float margin = 0.8f;
        double[] pos = randomValues(B, 2);
        double[] neg = randomValues(B * K, 2);
        for (int i = 0; i < B * K; i++) {
            if (Math.abs(margin - pos[i / K] + neg[i]) < 1e-3) {
                neg[i] += 0.01;
            }
        }
        checkSampled(new TripletLoss(margin), pos, neg);
    }

    @Test
    void fpsGradientMatchesFiniteDifferencesWithEveryOption() {
        double[] relevance = {1.0, 2.0, 0.5, 1.5};
        long[] documents = {4, 8, 4, 1};
        double[] logQ = {Math.log(0.4), Math.log(0.1), Math.log(0.4), Math.log(0.05)};
        for (FpsOptions options : List.of(FpsOptions.DEFAULT, new FpsOptions(true, false, false),
                new FpsOptions(false, true, false), new FpsOptions(true, true, true))) {
            FullProductSoftmaxLoss loss = new FullProductSoftmaxLoss(options);
            assertGradientsMatchFiniteDifferences(List.of(randomValues(16, 3)), List.of(new Shape(4, 4)),
                    (m, in) -> loss.compute(in.get(0), m.create(relevance), m.create(documents), m.create(logQ)));
        }
    }

    @Test
    void maskedScoresReceiveNoGradient() {
        long[] documents = {5, 5, 6};
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray s = manager.create(randomValues(9, 2), new Shape(3, 3));
            s.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(new FullProductSoftmaxLoss(new FpsOptions(true, false, true))
                        .compute(s, null, manager.create(documents), null));
            }
            double[] gradient = s.getGradient().toDoubleArray();
            assertThat(gradient[1]).isZero();
            assertThat(gradient[3]).isZero();
            assertThat(gradient[0]).isNegative();
        }
    }
}
