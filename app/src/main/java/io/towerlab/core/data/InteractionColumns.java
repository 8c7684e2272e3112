package io.towerlab.core.data;

import java.util.List;

/**
 * The resolved layout of an interactions file: the field count every row must have and the index
 * of each meaningful column (-1 when absent), with the column names used in messages.
 *
 * @param integerQueryIds    whether query ids must be integers (MovieLens, or every sampled id was)
 * @param integerDocumentIds the same for document ids
 */
public record InteractionColumns(List<String> names, int query, int document, int relevance, int timestamp,
                                 int split, boolean integerQueryIds, boolean integerDocumentIds,
                                 int[] queryCategorical, int[] queryNumeric, int[] queryText,
                                 int[] documentCategorical, int[] documentNumeric, int[] documentText) {

    public InteractionColumns {
        names = List.copyOf(names);
    }

    /** Id, relevance and timestamp columns only, no features. */
    public static InteractionColumns basic(List<String> names, int query, int document, int relevance,
                                           int timestamp, boolean integerIds) {
        int[] none = new int[0];
        return new InteractionColumns(names, query, document, relevance, timestamp, -1, integerIds, integerIds,
                none, none, none, none, none, none);
    }

    public int fieldCount() {
        return names.size();
    }

    public String name(int column) {
        return names.get(column);
    }
}
