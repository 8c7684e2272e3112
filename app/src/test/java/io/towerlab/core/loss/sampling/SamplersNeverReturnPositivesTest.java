package io.towerlab.core.loss.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.data.PositiveSets;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Over random catalogues, positive sets (up to every document but one) and batches, no sampler
 * returns a document outside the catalogue, a positive of the pair's query, or the pair's own
 * positive (which a validation pair may have outside the training positives).
 */
class SamplersNeverReturnPositivesTest {

    @Property(tries = 60)
    void noSamplerReturnsAPositive(@ForAll @IntRange(min = 2, max = 30) int n,
                                   @ForAll @IntRange(min = 1, max = 6) int queryCount,
                                   @ForAll @IntRange(min = 1, max = 8) int batchSize,
                                   @ForAll @IntRange(min = 1, max = 6) int k,
                                   @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] clicks = new int[queryCount][];
        for (int q = 0; q < queryCount; q++) {
            int size = random.nextInt(4) == 0 ? n - 1 : random.nextInt(n);
            clicks[q] = random.ints(0, n).distinct().limit(size).toArray();
        }
        PositiveSets positives = Fixtures.positives(clicks);
        int[] queries = new int[batchSize];
        int[] docs = new int[batchSize];
        for (int i = 0; i < batchSize; i++) {
            queries[i] = random.nextInt(queryCount);
            int[] own = clicks[queries[i]];
            docs[i] = own.length > 0 && (own.length == n - 1 || random.nextInt(5) > 0) ? own[random.nextInt(own.length)] : random.nextInt(n);
        }
        int[] counts = random.ints(n, 0, 50).toArray();
        counts[random.nextInt(n)] = 1 + random.nextInt(50);
        double alpha = new double[] {0, 0.75, 1}[random.nextInt(3)];

        UniformSampler uniform = new UniformSampler(positives, n);
        HardNegativeSampler hard = new HardNegativeSampler(positives, uniform, 1 + random.nextInt(5), random.nextDouble());
        int dim = 3;
        hard.refresh(vectors(random, queryCount * dim), vectors(random, n * dim), dim);
        List<NegativeSampler> samplers = List.of(uniform, new PopularitySampler(positives, counts, alpha),
                new InBatchSampler(positives, uniform), hard);

        for (NegativeSampler sampler : samplers) {
            int[] out = new int[batchSize * k];
            sampler.sample(queries, docs, batchSize, k, random, out);
            for (int i = 0; i < batchSize * k; i++) {
                int q = queries[i / k];
                assertThat(out[i]).as("%s row %d", sampler.getClass().getSimpleName(), i / k)
                        .isBetween(0, n - 1).isNotEqualTo(docs[i / k]);
                assertThat(positives.contains(q, out[i])).as("%s returned a positive of query %d",
                        sampler.getClass().getSimpleName(), q).isFalse();
            }
        }
    }

    private static float[] vectors(SplittableRandom random, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }
}
