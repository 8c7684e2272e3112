package io.towerlab.core.data;

import java.util.List;

/**
 * Which columns of an interactions file mean what. A null column name lets the importer detect it
 * from the header by name ({@link ColumnDetector}); the feature lists name columns of the same
 * file that describe the query or the document of each row (the first value seen for an id wins).
 * Null feature lists mean no features.
 *
 * <p>With {@code detectText}, an entity given no text columns gets those found by name
 * ({@link ColumnDetector#QUERY_TEXT}, {@link ColumnDetector#DOCUMENT_TEXT}): the query text becomes the
 * query text feature {@value ColumnDetector#QUERY_TEXT_FEATURE}, and identifies the query when the file
 * has no query id column (documents likewise by their first text column when there is no document id).
 */
public record ColumnMapping(String query, String document, String relevance, String timestamp, String split,
                            List<String> queryCategorical, List<String> queryNumeric, List<String> queryText,
                            List<String> documentCategorical, List<String> documentNumeric,
                            List<String> documentText, boolean detectText) {

    public ColumnMapping {
        queryCategorical = copy(queryCategorical);
        queryNumeric = copy(queryNumeric);
        queryText = copy(queryText);
        documentCategorical = copy(documentCategorical);
        documentNumeric = copy(documentNumeric);
        documentText = copy(documentText);
    }

    private static List<String> copy(List<String> names) {
        return names == null ? List.of() : List.copyOf(names);
    }

    /** Every column detected by heuristics, text features included. */
    public static ColumnMapping detect() {
        return new ColumnMapping(null, null, null, null, null, null, null, null, null, null, null, true);
    }

    /** The given id columns, the rest detected. */
    public static ColumnMapping of(String query, String document) {
        return detect().withQuery(query).withDocument(document);
    }

    public ColumnMapping withQuery(String name) {
        return new ColumnMapping(name, document, relevance, timestamp, split, queryCategorical, queryNumeric,
                queryText, documentCategorical, documentNumeric, documentText, detectText);
    }

    public ColumnMapping withDocument(String name) {
        return new ColumnMapping(query, name, relevance, timestamp, split, queryCategorical, queryNumeric,
                queryText, documentCategorical, documentNumeric, documentText, detectText);
    }

    public ColumnMapping withRelevance(String name) {
        return new ColumnMapping(query, document, name, timestamp, split, queryCategorical, queryNumeric,
                queryText, documentCategorical, documentNumeric, documentText, detectText);
    }

    public ColumnMapping withTimestamp(String name) {
        return new ColumnMapping(query, document, relevance, name, split, queryCategorical, queryNumeric,
                queryText, documentCategorical, documentNumeric, documentText, detectText);
    }

    public ColumnMapping withSplit(String name) {
        return new ColumnMapping(query, document, relevance, timestamp, name, queryCategorical, queryNumeric,
                queryText, documentCategorical, documentNumeric, documentText, detectText);
    }

    public ColumnMapping withQueryFeatures(List<String> categorical, List<String> numeric, List<String> text) {
        return new ColumnMapping(query, document, relevance, timestamp, split, categorical, numeric, text,
                documentCategorical, documentNumeric, documentText, detectText);
    }

    public ColumnMapping withDocumentFeatures(List<String> categorical, List<String> numeric, List<String> text) {
        return new ColumnMapping(query, document, relevance, timestamp, split, queryCategorical, queryNumeric,
                queryText, categorical, numeric, text, detectText);
    }

    /** The same mapping, detecting text columns by name or not. */
    public ColumnMapping withTextDetection(boolean value) {
        return new ColumnMapping(query, document, relevance, timestamp, split, queryCategorical, queryNumeric,
                queryText, documentCategorical, documentNumeric, documentText, value);
    }
}
