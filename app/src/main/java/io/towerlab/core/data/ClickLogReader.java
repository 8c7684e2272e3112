package io.towerlab.core.data;

import io.towerlab.core.data.csv.CharRanges;
import io.towerlab.core.data.csv.DelimitedReader;
import io.towerlab.core.data.csv.TimestampParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the rows of an interactions file into an {@link ImportSession}: validates each row,
 * applies the click rule, interns the ids and records the row's features. The hot loop of every
 * import; it creates no object per row except for ids and feature values seen for the first time.
 */
public final class ClickLogReader {
    private final ImportSession session;

    public ClickLogReader(ImportSession session) {
        this.session = session;
    }

    /**
     * Reads every record of {@code reader} (positioned after the header, if any).
     *
     * @param expectedRows a capacity hint for the interactions arrays
     */
    public void read(Path file, DelimitedReader reader, InteractionColumns columns, int expectedRows)
            throws DataFormatException, IOException {
        InteractionsBuilder out = session.interactions(expectedRows).withTimestamps(columns.timestamp() >= 0);
        ProblemCollector problems = session.problems();
        IdInterner queries = session.queries();
        IdInterner documents = session.documents();
        Double rule = session.minRelevance();
        double minRelevance = rule == null ? Double.NEGATIVE_INFINITY : rule;
        int fieldCount = columns.fieldCount();
        int qc = columns.query();
        int dc = columns.document();
        int rc = columns.relevance();
        int tc = columns.timestamp();
        int sc = columns.split();
        boolean features = columns.queryCategorical().length + columns.queryNumeric().length
                + columns.queryText().length + columns.documentCategorical().length
                + columns.documentNumeric().length + columns.documentText().length > 0;
        String firstName = columns.name(0);
        while (reader.next()) {
            if (reader.isBlank()) {
                continue;
            }
            session.rowsRead++;
            long line = reader.line();
            String problem = null;
            ProblemKind kind = null;
            int at = 0;
            char[] a = reader.chars();
            if (reader.hasUnclosedQuote()) {
                kind = ProblemKind.UNCLOSED_QUOTE;
                at = reader.fieldCount();
                problem = "a quoted field starts on this row and is never closed (the file ends inside quotes)";
            } else if (reader.fieldCount() != fieldCount) {
                kind = ProblemKind.WRONG_COLUMN_COUNT;
                problem = "expected " + fieldCount + " fields but found " + reader.fieldCount();
            } else if (reader.fieldEquals(0, firstName) && isHeaderRow(reader, columns)) {
                kind = ProblemKind.DUPLICATE_HEADER;
                problem = "the header row appears again inside the data";
            } else if (reader.hasReplacementCharacter()) {
                kind = ProblemKind.INVALID_TEXT;
                problem = "bytes that are not valid UTF-8 in this row";
            }
            if (problem == null) {
                at = idProblemColumn(reader, qc, columns.integerQueryIds());
                if (at == 0) {
                    at = idProblemColumn(reader, dc, columns.integerDocumentIds());
                }
                if (at > 0) {
                    boolean empty = reader.isEmpty(at - 1);
                    kind = empty ? ProblemKind.EMPTY_REQUIRED_FIELD : ProblemKind.NOT_A_NUMBER;
                    problem = empty ? "empty " + columns.name(at - 1)
                            : "non-numeric id '" + reader.field(at - 1) + "' in column " + columns.name(at - 1)
                            + " (the other ids of this column are integers)";
                }
            }
            float relevance = 1f;
            if (problem == null && rc >= 0) {
                double value = CharRanges.parseDouble(a, reader.start(rc), reader.end(rc));
                if (Double.isNaN(value)) {
                    at = rc + 1;
                    boolean empty = reader.isEmpty(rc);
                    kind = empty ? ProblemKind.EMPTY_REQUIRED_FIELD : ProblemKind.NOT_A_NUMBER;
                    problem = empty ? "empty " + columns.name(rc) : "non-numeric " + columns.name(rc) + " '"
                            + reader.field(rc) + "' where a number is required";
                } else {
                    relevance = (float) value;
                }
            }
            long time = out.size();
            if (problem == null && tc >= 0) {
                time = TimestampParser.parse(a, reader.start(tc), reader.end(tc));
                if (time == CharRanges.NOT_A_LONG) {
                    at = tc + 1;
                    boolean empty = reader.isEmpty(tc);
                    kind = empty ? ProblemKind.EMPTY_REQUIRED_FIELD : ProblemKind.BAD_TIMESTAMP;
                    problem = empty ? "empty " + columns.name(tc) : "unparseable timestamp '" + reader.field(tc)
                            + "' (expected epoch seconds or milliseconds, or an ISO-8601 date or date-time)";
                }
            }
            SplitRole role = null;
            if (problem == null && sc >= 0) {
                role = reader.fieldEquals(sc, "train") ? SplitRole.TRAIN : reader.fieldEquals(sc, "test")
                        ? SplitRole.TEST : reader.fieldEquals(sc, "valid") ? SplitRole.VALID : splitRole(reader.field(sc));
                if (role == null) {
                    at = sc + 1;
                    kind = ProblemKind.BAD_SPLIT;
                    problem = "unknown split '" + reader.field(sc) + "' (expected train, valid or test)";
                }
            }
            if (problem != null) {
                session.rowsSkipped++;
                problems.report(file, line, at, kind, problem, null);
                continue;
            }
            if (relevance < session.minSeenRelevance) {
                session.minSeenRelevance = relevance;
            }
            if (relevance > session.maxSeenRelevance) {
                session.maxSeenRelevance = relevance;
            }
            int document = intern(documents, reader, dc);
            if (relevance < minRelevance) {
                session.rowsFiltered++;
                continue;
            }
            int query = intern(queries, reader, qc);
            if (features) {
                RowFeatures.record(reader, columns, query, document, session);
            }
            if (role == null) {
                out.add(query, document, relevance, time);
            } else {
                out.add(query, document, relevance, time, role);
            }
            session.rowsKept++;
        }
    }

    private static int intern(IdInterner interner, DelimitedReader reader, int column) {
        char[] a = reader.chars();
        int from = CharRanges.trimStart(a, reader.start(column), reader.end(column));
        int to = CharRanges.trimEnd(a, from, reader.end(column));
        return interner.intern(a, from, to);
    }

    /** The 1-based column of an id that is empty or, when integers are required, not one; 0 if fine. */
    private static int idProblemColumn(DelimitedReader reader, int column, boolean integer) {
        char[] a = reader.chars();
        int from = reader.start(column);
        int to = reader.end(column);
        if (reader.isEmpty(column)) {
            return column + 1;
        }
        return integer && !CharRanges.isInteger(a, from, to) ? column + 1 : 0;
    }

    private static boolean isHeaderRow(DelimitedReader reader, InteractionColumns columns) {
        for (int i = 0; i < columns.fieldCount(); i++) {
            if (!reader.fieldEquals(i, columns.name(i))) {
                return false;
            }
        }
        return true;
    }

    static SplitRole splitRole(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "train", "training" -> SplitRole.TRAIN;
            case "valid", "validation", "val", "dev" -> SplitRole.VALID;
            case "test", "testing" -> SplitRole.TEST;
            default -> null;
        };
    }
}
