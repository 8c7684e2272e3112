package io.towerlab.core.data.generate;

/**
 * Every knob of the synthetic click-log generator; written to {@code reference.json} so that a
 * dataset can be regenerated and its difficulty understood.
 *
 * <p>The planted model: {@code families} groups of {@code categories} category centroids on the unit
 * sphere in {@code dimension} dimensions (a centroid is {@code familyShare} its family's direction);
 * a document's vector is its category centroid plus Gaussian noise of norm about {@code documentNoise};
 * a query's vector is a convex mix of up to {@code maxPreferredCategories} centroids (normalised) plus
 * noise of norm about {@code queryNoise}; a document's log-popularity is Gaussian with standard
 * deviation {@code popularitySpread} (so popularity is log-normal, heavy-tailed). A query clicks
 * documents drawn without replacement from softmax(⟨z_q, z_d⟩ / {@code temperature} + {@code beta} ·
 * logpop_d). Catalogues larger than {@code exactSamplingLimit} draw the category first, then the
 * documents inside it (an approximation that keeps the cost independent of the catalogue size).
 *
 * @param meanClicks      mean clicks per query; counts are log-normal with log-spread {@code clickSpread}
 * @param minClicks       the fewest clicks a query makes
 * @param maxClickShare   the largest share of the catalogue one query clicks
 * @param sameFamilyShare chance that a further preferred category is from the query's main family
 * @param segmentAccuracy chance that a query's segment is its main family (otherwise a random family)
 * @param startTime       the earliest first click, epoch seconds
 * @param spanSeconds     first clicks are spread uniformly over this span
 * @param meanGapSeconds  mean time between two clicks of one query (exponential)
 */
public record GeneratorSettings(String preset, long seed, int queries, int documents, int categories, int families,
                                int dimension, double meanClicks, double clickSpread, int minClicks,
                                double maxClickShare, double familyShare, double documentNoise, double queryNoise,
                                int maxPreferredCategories, double sameFamilyShare, double temperature,
                                double popularitySpread, double beta, double segmentAccuracy, long startTime,
                                long spanSeconds, long meanGapSeconds, int exactSamplingLimit) {

    public GeneratorSettings {
        require(queries > 0 && documents > 0, "queries and documents must be > 0");
        require(categories > 0 && families > 0 && families <= categories, "need 1 <= families <= categories");
        require(dimension > 0, "dimension must be > 0");
        require(temperature > 0, "temperature must be > 0");
        require(minClicks > 0 && minClicks <= documents * maxClickShare, "minClicks must fit in maxClickShare of the catalogue");
        require(maxPreferredCategories > 0, "maxPreferredCategories must be > 0");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public GeneratorSettings withSeed(long newSeed) {
        return new GeneratorSettings(preset, newSeed, queries, documents, categories, families, dimension, meanClicks,
                clickSpread, minClicks, maxClickShare, familyShare, documentNoise, queryNoise, maxPreferredCategories,
                sameFamilyShare, temperature, popularitySpread, beta, segmentAccuracy, startTime, spanSeconds,
                meanGapSeconds, exactSamplingLimit);
    }

    /** A copy with other sizes, for tests and custom runs; the noise settings stay. */
    public GeneratorSettings withSizes(int newQueries, int newDocuments, int newCategories, int newFamilies) {
        return new GeneratorSettings(preset, seed, newQueries, newDocuments, newCategories, newFamilies, dimension,
                meanClicks, clickSpread, minClicks, maxClickShare, familyShare, documentNoise, queryNoise,
                maxPreferredCategories, sameFamilyShare, temperature, popularitySpread, beta, segmentAccuracy,
                startTime, spanSeconds, meanGapSeconds, exactSamplingLimit);
    }

    public GeneratorSettings withExactSamplingLimit(int limit) {
        return new GeneratorSettings(preset, seed, queries, documents, categories, families, dimension, meanClicks,
                clickSpread, minClicks, maxClickShare, familyShare, documentNoise, queryNoise, maxPreferredCategories,
                sameFamilyShare, temperature, popularitySpread, beta, segmentAccuracy, startTime, spanSeconds,
                meanGapSeconds, limit);
    }

    /** Whether clicks are drawn from the exact softmax over the whole catalogue. */
    public boolean exactSampling() {
        return documents <= exactSamplingLimit;
    }
}
