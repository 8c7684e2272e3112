package io.towerlab.core.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The {@code dataset.json} manifest of a dataset folder: which files hold the interactions and the
 * side features, and which columns mean what. The generator writes one; users may write their own
 * for any folder of CSV/TSV files.
 *
 * <pre>{@code
 * { "format": "towerlab-dataset/1", "name": "movies-small",
 *   "interactions": { "file": "interactions.csv", "query": "user_id", "document": "item_id",
 *                     "relevance": "rating", "timestamp": "timestamp" },
 *   "documents": { "file": "documents.csv", "id": "item_id", "categorical": ["category"],
 *                  "text": ["title"] },
 *   "queries": { "file": "queries.csv", "id": "user_id", "categorical": ["segment"] },
 *   "clickRule": { "minRelevance": 4.0 } }
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = false)
public record DatasetManifest(String format, String name, InteractionFile interactions, EntityFile documents,
                              EntityFile queries, ClickRule clickRule, Map<String, Object> generator) {

    public static final String FORMAT = "towerlab-dataset/1";

    /** The interactions file and its column names; relevance, timestamp and split are optional. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InteractionFile(String file, String query, String document, String relevance, String timestamp,
                                  String split) {
    }

    /** A side-feature file of documents or queries: its id column and feature columns by kind. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntityFile(String file, String id, List<String> categorical, List<String> numeric,
                             List<String> text, String multiValueSeparator) {
    }

    /** Which interactions count as clicks: all (null) or those with relevance ≥ minRelevance. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClickRule(Double minRelevance) {
    }
}
