package io.towerlab.core.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the meaning of columns from their header names, ignoring case, underscores, dashes and
 * spaces: the first candidate name (in priority order) present in the header wins.
 */
public final class ColumnDetector {
    public static final List<String> QUERY = List.of("user_id", "userId", "user", "uid", "query_id", "queryId",
            "query", "qid", "session_id");
    public static final List<String> DOCUMENT = List.of("item_id", "itemId", "movieId", "movie_id", "doc_id",
            "docId", "document", "item", "product_id");
    public static final List<String> RELEVANCE = List.of("rating", "relevance", "weight", "click", "clicks",
            "score", "label");
    public static final List<String> TIMESTAMP = List.of("timestamp", "ts", "time", "datetime", "date",
            "event_time", "when");
    public static final List<String> SPLIT = List.of("split");
    /** Columns holding the text of a search query, in priority order. */
    public static final List<String> QUERY_TEXT = List.of("query_text", "search_query", "query_string",
            "search_term", "keywords", "query");
    /** Query id columns that identify a text query (a user column does not: the text does then). */
    public static final List<String> QUERY_ID = List.of("query_id", "queryId", "qid");
    /** Columns holding the text of a document; every one present is kept. */
    public static final List<String> DOCUMENT_TEXT = List.of("doc_title", "title", "document_title", "item_title",
            "doc_text", "document_text", "description", "doc_description", "body");
    /** The name of the query text feature found by {@link #QUERY_TEXT}. */
    public static final String QUERY_TEXT_FEATURE = "text";

    private final Path file;
    private final List<String> header;

    public ColumnDetector(Path file, List<String> header) {
        this.file = file;
        this.header = header;
    }

    static String normalise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && c != '-' && c != ' ' && c != '.') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The index of the column named {@code explicit} when given (an error when absent), else of the
     * first candidate present, else -1.
     */
    public int find(String explicit, List<String> candidates, String role) throws DataFormatException {
        if (explicit != null) {
            int index = indexOf(explicit);
            if (index < 0) {
                throw DataFormatException.ofFile(file, "the " + role + " column '" + explicit
                        + "' is not in the header (columns: " + String.join(", ", header) + ")",
                        "Check the column name in the mapping");
            }
            return index;
        }
        for (String candidate : candidates) {
            int index = indexOf(candidate);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    /** The indices of every candidate present, in candidate order, without repeats. */
    public List<Integer> findAll(List<String> candidates) {
        List<Integer> found = new ArrayList<>();
        for (String candidate : candidates) {
            int index = indexOf(candidate);
            if (index >= 0 && !found.contains(index)) {
                found.add(index);
            }
        }
        return found;
    }

    /** The index of a column by name, compared after normalising both, or -1. */
    public int indexOf(String name) {
        String wanted = normalise(name);
        for (int i = 0; i < header.size(); i++) {
            if (normalise(header.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** The indices of named feature columns; an error for a name not in the header. */
    public int[] require(List<String> names, String role) throws DataFormatException {
        int[] indices = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            indices[i] = find(names.get(i), List.of(), role);
        }
        return indices;
    }
}
