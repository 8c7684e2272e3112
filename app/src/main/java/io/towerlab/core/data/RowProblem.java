package io.towerlab.core.data;

import java.nio.file.Path;

/**
 * One malformed row of an imported file.
 *
 * @param line   the 1-based physical line where the row starts
 * @param column the 1-based field number, or 0 when the whole row is wrong (e.g. its field count)
 * @param reason what is wrong, in words
 */
public record RowProblem(Path file, long line, int column, String reason) {

    /** {@code file:line:column: reason}, the way compilers locate their errors. */
    @Override
    public String toString() {
        return DataFormatException.compose(file, line, column, reason, null);
    }
}
