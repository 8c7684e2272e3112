package io.towerlab.core.data.generate;

import io.towerlab.core.data.ClickDataset;

/**
 * What {@link SyntheticLogGenerator} wrote: the counts, and for catalogues small enough to evaluate
 * the log as a dataset in memory plus the oracle's vectors (null otherwise).
 *
 * @param dataset         the generated log as a dataset (query i = user id i+1, document j = item id j+1)
 * @param oracleQueries   per query [z_q / T, 1], row-major with {@code oracleDimension} columns
 * @param oracleDocuments per document [z_d, beta · logpop_d]; their dot product is the true affinity
 */
public record GeneratedLog(GeneratorSettings settings, int queryCount, int documentCount, long interactionCount,
                           ClickDataset dataset, int oracleDimension, float[] oracleQueries,
                           float[] oracleDocuments) {

    public boolean hasDataset() {
        return dataset != null;
    }
}
