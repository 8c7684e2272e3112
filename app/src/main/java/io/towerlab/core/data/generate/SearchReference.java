package io.towerlab.core.data.generate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.towerlab.core.data.split.SplitOptions;
import java.util.Map;

/**
 * The contents of a search log's {@code reference.json}: the settings, the shape, and the oracle's
 * and the popularity baseline's metrics on the predefined test part (queries with fresh typos).
 *
 * @param oracle     null when no evaluation engine was given
 * @param popularity null when no evaluation engine was given
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchReference(SearchSettings settings, SearchShape shape, SplitOptions split, int evaluatedQueries,
                              Map<String, Double> oracle, Map<String, Double> popularity) {
}
