package io.towerlab.core.data;

import java.util.List;

/**
 * A summary of a click dataset: sizes, density, how interactions spread over queries and documents
 * (the popularity long tail), the time range and the features present. Serialises to JSON as is.
 *
 * @param density             interactions / (queries × documents)
 * @param topOnePercentShare  the share of interactions on the most clicked 1% of documents
 * @param topTenPercentShare  the same for the top 10%
 * @param timeRange           null when the log has no timestamps
 */
public record DatasetStats(String name, int queries, int documents, int interactions, double density,
                           Distribution interactionsPerQuery, Distribution interactionsPerDocument,
                           double topOnePercentShare, double topTenPercentShare, int documentsNeverClicked,
                           int queriesWithoutInteractions, TimeRange timeRange, Features features) {

    /**
     * Quantiles (linear interpolation between order statistics) and mean of a count per entity.
     */
    public record Distribution(int min, double p25, double median, double p75, double p90, double p99, int max,
                               double mean) {
    }

    /** The first and last timestamps, as epoch seconds and ISO-8601 UTC text. */
    public record TimeRange(long fromEpochSecond, long toEpochSecond, String from, String to) {
    }

    /** The names of the feature columns present, by entity and kind. */
    public record Features(List<String> queryCategorical, List<String> queryNumeric, List<String> queryText,
                           List<String> documentCategorical, List<String> documentNumeric,
                           List<String> documentText) {
    }
}
