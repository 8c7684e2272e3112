package io.towerlab.core.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the four losses over random small batches, in float64. */
class LossPropertiesTest {

    private static double[] uniform(SplittableRandom random, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (random.nextDouble() * 2 - 1) * scale;
        }
        return v;
    }

    private static double[] relevance(SplittableRandom random, int n) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = 0.1 + random.nextDouble() * 3;
        }
        return r;
    }

    private static long[] documents(SplittableRandom random, int n) {
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = random.nextInt(Math.max(1, n / 2 + 1));
        }
        return ids;
    }

    private static double fps(NDManager m, FpsOptions options, double[] s, int b, double[] r, long[] ids,
                              double[] logQ) {
        return new FullProductSoftmaxLoss(options).compute(m.create(s, new Shape(b, b)), m.create(r),
                m.create(ids), m.create(logQ)).getDouble();
    }

    @Property(tries = 50)
    void shiftingEveryScoreOfARowLeavesSampledSoftmaxUnchanged(@ForAll @IntRange(min = 1, max = 5) int b,
                                                              @ForAll @IntRange(min = 1, max = 6) int k,
                                                              @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] pos = uniform(random, b, 5);
        double[] neg = uniform(random, b * k, 5);
        double[] weight = relevance(random, b);
        double[] shift = uniform(random, b, 50);
        double[] shiftedPos = pos.clone();
        double[] shiftedNeg = neg.clone();
        for (int i = 0; i < b; i++) {
            shiftedPos[i] += shift[i];
            for (int j = 0; j < k; j++) {
                shiftedNeg[i * k + j] += shift[i];
            }
        }
        try (NDManager m = NDManager.newBaseManager()) {
            SampledSoftmaxLoss loss = new SampledSoftmaxLoss();
            double before = loss.compute(m.create(pos), m.create(neg, new Shape(b, k)), m.create(weight)).getDouble();
            double after = loss.compute(m.create(shiftedPos), m.create(shiftedNeg, new Shape(b, k)),
                    m.create(weight)).getDouble();
            assertThat(after).isCloseTo(before, within(1e-9));
        }
    }

    @Property(tries = 50)
    void shiftingEveryScoreOfARowLeavesOneSidedFpsUnchanged(@ForAll @IntRange(min = 1, max = 6) int b,
                                                           @ForAll boolean logQ, @ForAll boolean mask,
                                                           @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] s = uniform(random, b * b, 5);
        double[] r = relevance(random, b);
        long[] ids = documents(random, b);
        double[] q = uniform(random, b, 3);
        double[] shifted = s.clone();
        for (int i = 0; i < b; i++) {
            double c = (random.nextDouble() * 2 - 1) * 50;
            for (int j = 0; j < b; j++) {
                shifted[i * b + j] += c;
            }
        }
        FpsOptions options = new FpsOptions(false, logQ, mask);
        try (NDManager m = NDManager.newBaseManager()) {
            assertThat(fps(m, options, shifted, b, r, ids, q)).isCloseTo(fps(m, options, s, b, r, ids, q), within(1e-9));
        }
    }

    @Property(tries = 50)
    void aPerfectlySeparatedBatchHasZeroTripletLossAndTinyPairCe(@ForAll @IntRange(min = 1, max = 5) int b,
                                                                 @ForAll @IntRange(min = 1, max = 6) int k,
                                                                 @ForAll @DoubleRange(min = 0, max = 20) double margin,
                                                                 @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] pos = uniform(random, b, 5);
        double[] neg = new double[b * k];
        for (int i = 0; i < b * k; i++) {
            neg[i] = pos[i / k] - (margin + 1) - random.nextDouble() * 10;
        }
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray p = m.create(pos);
            NDArray n = m.create(neg, new Shape(b, k));
            assertThat(new TripletLoss((float) margin).compute(p, n, null).getDouble()).isZero();
            double pairCe = new PairCeLoss().compute(p, n, null).getDouble();
            assertThat(pairCe).isPositive().isLessThanOrEqualTo(Math.log1p(Math.exp(-(margin + 1))) + 1e-12);
        }
    }

    @Property(tries = 50)
    void symmetricFpsOnASymmetricScoreMatrixEqualsTheOneSidedLoss(@ForAll @IntRange(min = 1, max = 6) int b,
                                                                  @ForAll boolean mask, @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] a = uniform(random, b * b, 5);
        double[] s = new double[b * b];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < b; j++) {
                s[i * b + j] = (a[i * b + j] + a[j * b + i]) / 2;
            }
        }
        double[] r = relevance(random, b);
        long[] ids = documents(random, b);
        double[] q = new double[b];
        try (NDManager m = NDManager.newBaseManager()) {
            double symmetric = fps(m, new FpsOptions(true, false, mask), s, b, r, ids, q);
            double oneSided = fps(m, new FpsOptions(false, false, mask), s, b, r, ids, q);
            assertThat(symmetric).isCloseTo(oneSided, within(1e-9));
        }
    }

    @Property(tries = 50)
    void everyLossIsNonNegative(@ForAll @IntRange(min = 1, max = 5) int b, @ForAll @IntRange(min = 1, max = 6) int k,
                                @ForAll boolean symmetric, @ForAll boolean logQ, @ForAll boolean mask,
                                @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] pos = uniform(random, b, 10);
        double[] neg = uniform(random, b * k, 10);
        double[] r = relevance(random, b);
        try (NDManager m = NDManager.newBaseManager()) {
            for (SampledRankingLoss loss : new SampledRankingLoss[] {
                    new SampledSoftmaxLoss(), new PairCeLoss(), new TripletLoss(random.nextFloat() * 2)}) {
                assertThat(loss.compute(m.create(pos), m.create(neg, new Shape(b, k)), m.create(r)).getDouble())
                        .as(loss.type()).isGreaterThanOrEqualTo(0);
            }
            double value = fps(m, new FpsOptions(symmetric, logQ, mask), uniform(random, b * b, 10), b, r,
                    documents(random, b), uniform(random, b, 4));
            assertThat(value).isGreaterThanOrEqualTo(0);
        }
    }

    @Property(tries = 50)
    void fpsIsNearZeroWhenEveryDiagonalDominatesByALargeGap(@ForAll @IntRange(min = 2, max = 6) int b,
                                                            @ForAll @DoubleRange(min = 25, max = 60) double gap,
                                                            @ForAll boolean symmetric, @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] s = uniform(random, b * b, 5);
        for (int i = 0; i < b; i++) {
            s[i * b + i] = 5 + gap;
        }
        long[] distinct = new long[b];
        for (int i = 0; i < b; i++) {
            distinct[i] = i;
        }
        try (NDManager m = NDManager.newBaseManager()) {
            double value = fps(m, new FpsOptions(symmetric, false, false), s, b, relevance(random, b), distinct,
                    new double[b]);
            // −log Pᵢᵢ = log(1 + Σⱼ e^{S_ij − S_ii}) ≤ (B − 1) e^{−gap}
            assertThat(value).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo((b - 1) * Math.exp(-gap) * 1.000001);
        }
    }
}
