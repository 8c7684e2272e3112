package io.towerlab.core.data;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The mutable state of one import: id dictionaries, feature builders, the interactions being
 * collected, the problems, the row counts and the digest of every file read. Readers of each
 * layout fill it; {@link #finish} turns it into a dataset and its report.
 */
public final class ImportSession {
    private final IdInterner queries = new IdInterner(new IdDictionary(1 << 14));
    private final IdInterner documents = new IdInterner(new IdDictionary(1 << 14));
    private final ProblemCollector problems;
    private final Double minRelevance;
    private final MessageDigest digest;
    private FeatureTableBuilder queryFeatures = new FeatureTableBuilder(List.of(), List.of(), List.of());
    private FeatureTableBuilder documentFeatures = new FeatureTableBuilder(List.of(), List.of(), List.of());
    private InteractionsBuilder interactions;
    long rowsRead;
    long rowsKept;
    long rowsSkipped;
    long rowsFiltered;
    double minSeenRelevance = Double.POSITIVE_INFINITY;
    double maxSeenRelevance = Double.NEGATIVE_INFINITY;

    public ImportSession(BadRowPolicy policy, Double minRelevance) {
        this.problems = new ProblemCollector(policy);
        this.minRelevance = minRelevance;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    public IdInterner queries() {
        return queries;
    }

    public IdInterner documents() {
        return documents;
    }

    public ProblemCollector problems() {
        return problems;
    }

    public Double minRelevance() {
        return minRelevance;
    }

    /** The digest that every file read must feed, in reading order. */
    public MessageDigest digest() {
        return digest;
    }

    public FeatureTableBuilder queryFeatures() {
        return queryFeatures;
    }

    public FeatureTableBuilder documentFeatures() {
        return documentFeatures;
    }

    public void useFeatures(FeatureTableBuilder forQueries, FeatureTableBuilder forDocuments) {
        this.queryFeatures = forQueries;
        this.documentFeatures = forDocuments;
    }

    /** The interactions builder, created on first use with room for {@code expectedRows}. */
    public InteractionsBuilder interactions(int expectedRows) {
        if (interactions == null) {
            interactions = new InteractionsBuilder(expectedRows);
        }
        return interactions;
    }

    /**
     * Builds the dataset; an error when no interaction survived (every row malformed, or every
     * row filtered out by the click rule).
     */
    public ImportResult finish(String name, Path path, DatasetFormat format, Path interactionsFile)
            throws DataFormatException {
        ValidationReport report = problems.report(rowsRead, rowsKept, rowsSkipped, rowsFiltered);
        if (rowsKept == 0) {
            throw noRowsKept(interactionsFile, report);
        }
        Interactions built = interactions.build();
        ClickDataset dataset = new ClickDataset(name, new DatasetSource(path, format,
                HexFormat.of().formatHex(digest.digest())), queries.dictionary(), documents.dictionary(), built,
                queryFeatures.build(queries.dictionary().size()), documentFeatures.build(documents.dictionary().size()));
        return new ImportResult(dataset, report);
    }

    private DataFormatException noRowsKept(Path file, ValidationReport report) {
        if (rowsRead == 0) {
            return DataFormatException.ofFile(file, "the file has a header but no data rows",
                    "Choose a click log with at least one row of interactions");
        }
        if (rowsSkipped == rowsRead) {
            RowProblem first = report.problems().isEmpty() ? null : report.problems().get(0);
            return DataFormatException.ofFile(file, "none of the " + rowsRead + " rows could be read"
                    + (first == null ? "" : "; the first problem: " + first),
                    "Check the delimiter and the column mapping");
        }
        return DataFormatException.ofFile(file, "no row passes the click rule relevance >= " + minRelevance
                + " (relevance seen: " + minSeenRelevance + " to " + maxSeenRelevance + ")",
                "Lower the minimum relevance or count every row as a click");
    }
}
