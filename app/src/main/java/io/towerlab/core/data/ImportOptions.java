package io.towerlab.core.data;

import java.util.Objects;

/**
 * How to import a click log.
 *
 * @param format       the layout, or {@code AUTO} to detect it from the path
 * @param mapping      the columns of a CSV/TSV file (ignored for MovieLens and manifest folders)
 * @param minRelevance the click rule: null counts every row as a click, otherwise only rows with
 *                     relevance ≥ this value; overrides a manifest's own rule
 * @param badRows      skip malformed rows (counted in the report) or fail on the first
 * @param delimiter    the field delimiter of a CSV/TSV file, or null to sniff it
 */
public record ImportOptions(DatasetFormat format, ColumnMapping mapping, Double minRelevance, BadRowPolicy badRows,
                            String delimiter) {

    public ImportOptions {
        format = format == null ? DatasetFormat.AUTO : format;
        mapping = mapping == null ? ColumnMapping.detect() : mapping;
        badRows = badRows == null ? BadRowPolicy.SKIP : badRows;
        if (delimiter != null && (delimiter.isEmpty() || delimiter.length() > 2)) {
            throw new IllegalArgumentException("a delimiter has one or two characters, not '" + delimiter + "'");
        }
    }

    /** Auto-detected format and columns, every row a click, bad rows skipped. */
    public static ImportOptions defaults() {
        return new ImportOptions(DatasetFormat.AUTO, ColumnMapping.detect(), null, BadRowPolicy.SKIP, null);
    }

    public ImportOptions withFormat(DatasetFormat value) {
        return new ImportOptions(value, mapping, minRelevance, badRows, delimiter);
    }

    public ImportOptions withMapping(ColumnMapping value) {
        return new ImportOptions(format, Objects.requireNonNull(value), minRelevance, badRows, delimiter);
    }

    public ImportOptions withMinRelevance(Double value) {
        return new ImportOptions(format, mapping, value, badRows, delimiter);
    }

    public ImportOptions withBadRows(BadRowPolicy value) {
        return new ImportOptions(format, mapping, minRelevance, value, delimiter);
    }

    public ImportOptions withDelimiter(String value) {
        return new ImportOptions(format, mapping, minRelevance, badRows, value);
    }
}
