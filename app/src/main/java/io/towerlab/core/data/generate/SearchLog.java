package io.towerlab.core.data.generate;

import io.towerlab.core.data.ClickDataset;

/**
 * What {@link SearchLogGenerator} wrote: its shape, the log as a dataset (with the query text and
 * the document title and description as text features, and the predefined split), and the oracle's
 * vectors, whose dot product is the true relevance of the click model.
 *
 * @param oracleQueries   one row of {@code oracleDimension} values per query, in dataset order
 * @param oracleDocuments one row per document
 */
public record SearchLog(SearchSettings settings, SearchShape shape, ClickDataset dataset, int oracleDimension,
                        float[] oracleQueries, float[] oracleDocuments) {
}
