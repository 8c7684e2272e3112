package io.towerlab.core.data.generate;

import java.util.SplittableRandom;

/**
 * The hidden truth behind a synthetic click log: category centroids, and for every document its
 * category, latent vector and log-popularity, and for every query its latent vector, main family,
 * segment and number of clicks. Vectors are row-major float arrays of {@code dimension} columns.
 */
final class LatentWorld {
    final GeneratorSettings settings;
    final int dimension;
    final float[] centroids;
    final int[] documentCategory;
    final float[] documentVectors;
    final float[] logPopularity;
    final float[] queryVectors;
    final int[] querySegment;
    final int[] queryClicks;
    /** Documents grouped by category: the documents of category k are {@code byCategory[categoryStart[k] .. categoryStart[k+1])}. */
    final int[] categoryStart;
    final int[] byCategory;

    private LatentWorld(GeneratorSettings settings) {
        this.settings = settings;
        this.dimension = settings.dimension();
        centroids = new float[settings.categories() * dimension];
        documentCategory = new int[settings.documents()];
        documentVectors = new float[settings.documents() * dimension];
        logPopularity = new float[settings.documents()];
        queryVectors = new float[settings.queries() * dimension];
        querySegment = new int[settings.queries()];
        queryClicks = new int[settings.queries()];
        categoryStart = new int[settings.categories() + 1];
        byCategory = new int[settings.documents()];
    }

    static LatentWorld create(GeneratorSettings settings) {
        LatentWorld world = new LatentWorld(settings);
        world.makeCentroids();
        for (int d = 0; d < settings.documents(); d++) {
            world.makeDocument(d);
        }
        world.groupByCategory();
        for (int q = 0; q < settings.queries(); q++) {
            world.makeQuery(q);
        }
        return world;
    }

    private void makeCentroids() {
        SplittableRandom random = Seeds.stream(settings.seed(), Seeds.WORLD, 0);
        int families = settings.families();
        double[][] family = new double[families][];
        for (int f = 0; f < families; f++) {
            family[f] = unitGaussian(random);
        }
        double share = settings.familyShare();
        double own = StrictMath.sqrt(1 - share * share);
        for (int k = 0; k < settings.categories(); k++) {
            double[] g = unitGaussian(random);
            double[] c = new double[dimension];
            for (int i = 0; i < dimension; i++) {
                c[i] = share * family[k % families][i] + own * g[i];
            }
            normalize(c);
            for (int i = 0; i < dimension; i++) {
                centroids[k * dimension + i] = (float) c[i];
            }
        }
    }

    private void makeDocument(int d) {
        SplittableRandom random = Seeds.stream(settings.seed(), Seeds.DOCUMENTS, d);
        int k = random.nextInt(settings.categories());
        documentCategory[d] = k;
        double scale = settings.documentNoise() / StrictMath.sqrt(dimension);
        for (int i = 0; i < dimension; i++) {
            documentVectors[d * dimension + i] = (float) (centroids[k * dimension + i] + scale * Seeds.gaussian(random));
        }
        logPopularity[d] = (float) (settings.popularitySpread() * Seeds.gaussian(random));
    }

    private void groupByCategory() {
        for (int k : documentCategory) {
            categoryStart[k + 1]++;
        }
        for (int k = 0; k < settings.categories(); k++) {
            categoryStart[k + 1] += categoryStart[k];
        }
        int[] fill = categoryStart.clone();
        for (int d = 0; d < documentCategory.length; d++) {
            byCategory[fill[documentCategory[d]]++] = d;
        }
    }

    private void makeQuery(int q) {
        SplittableRandom random = Seeds.stream(settings.seed(), Seeds.QUERIES, q);
        int families = settings.families();
        int mainFamily = random.nextInt(families);
        int wanted = 1 + random.nextInt(settings.maxPreferredCategories());
        int[] preferred = new int[wanted];
        int count = 0;
        for (int attempt = 0; count < wanted && attempt < 20 * wanted; attempt++) {
            boolean sameFamily = count == 0 || random.nextDouble() < settings.sameFamilyShare();
            int k = sameFamily ? categoryOfFamily(mainFamily, random) : random.nextInt(settings.categories());
            if (!contains(preferred, count, k)) {
                preferred[count++] = k;
            }
        }
        double[] v = new double[dimension];
        for (int j = 0; j < count; j++) {
            double weight = Seeds.exponential(random);
            for (int i = 0; i < dimension; i++) {
                v[i] += weight * centroids[preferred[j] * dimension + i];
            }
        }
        normalize(v);
        double scale = settings.queryNoise() / StrictMath.sqrt(dimension);
        for (int i = 0; i < dimension; i++) {
            queryVectors[q * dimension + i] = (float) (v[i] + scale * Seeds.gaussian(random));
        }
        querySegment[q] = random.nextDouble() < settings.segmentAccuracy() ? mainFamily : random.nextInt(families);
        double s = settings.clickSpread();
        double draw = StrictMath.exp(StrictMath.log(settings.meanClicks()) - s * s / 2 + s * Seeds.gaussian(random));
        int cap = (int) (settings.documents() * settings.maxClickShare());
        queryClicks[q] = (int) Math.max(settings.minClicks(), Math.min(cap, StrictMath.rint(draw)));
    }

    private int categoryOfFamily(int family, SplittableRandom random) {
        int inFamily = (settings.categories() - family + settings.families() - 1) / settings.families();
        return family + settings.families() * random.nextInt(inFamily);
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private double[] unitGaussian(SplittableRandom random) {
        double[] v = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            v[i] = Seeds.gaussian(random);
        }
        normalize(v);
        return v;
    }

    private static void normalize(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        double norm = StrictMath.sqrt(sum);
        for (int i = 0; i < v.length; i++) {
            v[i] /= norm;
        }
    }

    /** The true affinity ⟨z_q, z_d⟩ / T + beta · logpop_d. */
    double affinity(int query, int document) {
        double dot = 0;
        int qo = query * dimension;
        int d0 = document * dimension;
        for (int i = 0; i < dimension; i++) {
            dot += queryVectors[qo + i] * documentVectors[d0 + i];
        }
        return dot / settings.temperature() + settings.beta() * logPopularity[document];
    }
}
