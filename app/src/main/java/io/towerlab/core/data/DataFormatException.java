package io.towerlab.core.data;

import java.nio.file.Path;

/**
 * A file that cannot be imported as a click log, or a malformed row when bad rows must fail the
 * import. The message says what happened, where (file:line:column when known) and what to try.
 */
public final class DataFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final int column;
    private final String reason;
    private final String hint;

    /**
     * @param file   the file concerned, or null
     * @param line   the 1-based physical line, or 0 when the problem concerns the whole file
     * @param column the 1-based field number, or 0 when the problem concerns the whole line
     * @param reason what is wrong
     * @param hint   what to try, or null
     */
    public DataFormatException(Path file, long line, int column, String reason, String hint) {
        super(compose(file, line, column, reason, hint));
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.hint = hint;
    }

    /** A problem with a whole file (or folder). */
    public static DataFormatException ofFile(Path file, String reason, String hint) {
        return new DataFormatException(file, 0, 0, reason, hint);
    }

    static String compose(Path file, long line, int column, String reason, String hint) {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(file);
            if (line > 0) {
                text.append(':').append(line);
                if (column > 0) {
                    text.append(':').append(column);
                }
            }
            text.append(": ");
        }
        text.append(reason);
        if (hint != null && !hint.isBlank()) {
            text.append(". ").append(hint);
        }
        return text.toString();
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }

    public String hint() {
        return hint;
    }
}
