package io.towerlab.core.data;

import io.towerlab.core.data.csv.CharRanges;
import io.towerlab.core.data.csv.DelimitedReader;
import io.towerlab.core.data.csv.DelimiterSniffer;
import io.towerlab.core.data.csv.TextSource;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a delimited interactions file with a header row: sniffs the delimiter, resolves the
 * columns from the mapping or by name, infers whether ids are integers from the first rows, then
 * streams the rows into the session. Also the reader of a manifest's interactions file.
 */
public final class CsvClickLogImport {
    private static final int SAMPLE_ROWS = 200;

    private final ImportSession session;

    public CsvClickLogImport(ImportSession session) {
        this.session = session;
    }

    /** The first records of a text source: the header and up to {@value #SAMPLE_ROWS} data rows. */
    record Sample(String delimiter, List<String> header, List<List<String>> rows, double bytesPerRow) {
    }

    static Sample sample(TextSource source, String delimiterOverride) throws DataFormatException {
        String delimiter = delimiterOverride != null ? delimiterOverride : DelimiterSniffer.sniff(source.head());
        List<List<String>> records = new ArrayList<>();
        try (DelimitedReader reader = new DelimitedReader(new StringReader(source.head()), delimiter, true)) {
            while (records.size() <= SAMPLE_ROWS && reader.next()) {
                if (reader.isBlank() || reader.hasUnclosedQuote()) {
                    continue;
                }
                List<String> fields = new ArrayList<>(reader.fieldCount());
                for (int i = 0; i < reader.fieldCount(); i++) {
                    fields.add(reader.field(i).trim());
                }
                records.add(fields);
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        if (records.isEmpty()) {
            throw DataFormatException.ofFile(source.file(), "the file holds only blank lines",
                    "Choose a click log with a header row and at least one data row");
        }
        List<List<String>> rows = records.subList(1, records.size());
        double bytesPerRow = Math.max(4.0, (double) source.head().length() / Math.max(1, records.size()));
        return new Sample(delimiter, records.get(0), rows, bytesPerRow);
    }

    /** Reads the interactions file. */
    public void read(Path file, Charset charset, String delimiterOverride, ColumnMapping mapping)
            throws DataFormatException, IOException {
        TextSource source = TextSource.inspect(file, charset);
        if (source.note() != null) {
            session.problems().note(source.note());
        }
        Sample sample = sample(source, delimiterOverride);
        List<String> header = sample.header();
        reportDuplicateNames(file, header);
        InteractionColumns columns = resolve(file, header, sample, mapping);
        useDetectedText(columns, mapping);
        if (columns.relevance() < 0 && session.minRelevance() != null) {
            throw DataFormatException.ofFile(file, "the click rule relevance >= " + session.minRelevance()
                    + " needs a relevance column, but none was found among [" + String.join(", ", header) + "]",
                    "Name the relevance column (e.g. rating), or count every row as a click");
        }
        long size = Files.size(file);
        int expected = (int) Math.min(Integer.MAX_VALUE - 16, (long) (size / sample.bytesPerRow() * 1.05) + 16);
        try (DelimitedReader reader = source.reader(sample.delimiter(), true, session.digest())) {
            reader.next();
            new ClickLogReader(session).read(file, reader, columns, expected);
        }
    }

    private void reportDuplicateNames(Path file, List<String> header) throws DataFormatException {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            if (!seen.add(ColumnDetector.normalise(header.get(i)))) {
                session.problems().report(file, 1, i + 1, ProblemKind.DUPLICATE_HEADER, "duplicate column name '"
                        + header.get(i) + "' in the header; the first one is used", "Rename one of the columns");
            }
        }
    }

    static InteractionColumns resolve(Path file, List<String> header, Sample sample, ColumnMapping mapping)
            throws DataFormatException {
        ColumnDetector detector = new ColumnDetector(file, header);
        int queryText = -1;
        List<Integer> documentText = List.of();
        if (mapping.detectText()) {
            queryText = mapping.queryText().isEmpty()
                    ? detector.find(null, ColumnDetector.QUERY_TEXT, "query text") : -1;
            documentText = mapping.documentText().isEmpty()
                    ? detector.findAll(ColumnDetector.DOCUMENT_TEXT) : List.of();
        }
        int query = mapping.query() == null && queryText >= 0 ? detector.find(null, ColumnDetector.QUERY_ID, "query")
                : detector.find(mapping.query(), ColumnDetector.QUERY, "query");
        query = query < 0 ? queryText : query;
        int document = detector.find(mapping.document(), ColumnDetector.DOCUMENT, "document");
        document = document < 0 && !documentText.isEmpty() ? documentText.get(0) : document;
        if (query < 0 || document < 0) {
            String missing = query < 0 && document < 0 ? "neither a query (user) nor a document (item) id column"
                    : query < 0 ? "no query (user) id column" : "no document (item) id column";
            boolean numericHeader = header.stream().allMatch(name -> !name.isEmpty()
                    && CharRanges.isInteger(name.toCharArray(), 0, name.length()));
            String hint = numericHeader
                    ? "The first line looks like data, not column names: add a header row such as user_id,item_id"
                    : "Name the columns e.g. user_id and item_id, give the column names explicitly, "
                    + "or describe the file in a dataset.json manifest";
            throw DataFormatException.ofFile(file, "found " + missing + " among the columns ["
                    + String.join(", ", header) + "] (delimiter '" + printable(sample.delimiter()) + "')", hint);
        }
        int relevance = detector.find(mapping.relevance(), ColumnDetector.RELEVANCE, "relevance");
        int timestamp = detector.find(mapping.timestamp(), ColumnDetector.TIMESTAMP, "timestamp");
        int split = detector.find(mapping.split(), ColumnDetector.SPLIT, "split");
        return new InteractionColumns(header, query, document, relevance, timestamp, split,
                integerColumn(sample.rows(), query), integerColumn(sample.rows(), document),
                detector.require(mapping.queryCategorical(), "query feature"),
                detector.require(mapping.queryNumeric(), "query feature"),
                queryText >= 0 ? new int[] {queryText} : detector.require(mapping.queryText(), "query feature"),
                detector.require(mapping.documentCategorical(), "document feature"),
                detector.require(mapping.documentNumeric(), "document feature"),
                documentText.isEmpty() ? detector.require(mapping.documentText(), "document feature")
                        : documentText.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Names the text features found by {@link ColumnDetector} instead of the mapping's (none). */
    private void useDetectedText(InteractionColumns columns, ColumnMapping mapping) {
        boolean queryText = columns.queryText().length != mapping.queryText().size();
        boolean documentText = columns.documentText().length != mapping.documentText().size();
        if (!queryText && !documentText) {
            return;
        }
        List<String> documentNames = new ArrayList<>();
        for (int column : columns.documentText()) {
            documentNames.add(columns.name(column));
        }
        session.useFeatures(new FeatureTableBuilder(mapping.queryCategorical(), mapping.queryNumeric(),
                        queryText ? List.of(ColumnDetector.QUERY_TEXT_FEATURE) : mapping.queryText()),
                new FeatureTableBuilder(mapping.documentCategorical(), mapping.documentNumeric(), documentNames));
    }

    static String printable(String delimiter) {
        return delimiter.equals("\t") ? "\\t" : delimiter;
    }

    /**
     * Whether a column holds integer ids: at least 3 sampled values are integers and at most one in
     * 50 (at least one) is not, so that a stray bad id in the first rows is still reported.
     */
    static boolean integerColumn(List<List<String>> rows, int column) {
        int integers = 0;
        int others = 0;
        for (List<String> row : rows) {
            if (column < row.size() && !row.get(column).isEmpty()) {
                String value = row.get(column);
                if (CharRanges.isInteger(value.toCharArray(), 0, value.length())) {
                    integers++;
                } else {
                    others++;
                }
            }
        }
        return integers >= 3 && others <= Math.max(1, (integers + others) / 50);
    }
}
