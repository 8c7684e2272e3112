package io.towerlab.core.data.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A streaming reader of delimited text (CSV, TSV, MovieLens {@code ::} files) that yields one record
 * at a time into reused buffers: no object is created per row unless the caller asks for a field as
 * a String. Follows RFC 4180 when quoting is on: a field that starts with {@code "} may hold
 * delimiters, newlines and doubled quotes. Tracks the physical line where each record starts; a
 * field's column is its 1-based position in the record.
 *
 * <p>A two-character delimiter (MovieLens {@code ::}) is translated to a private single character
 * as text is read, so the scanning loop stays the same.
 */
public final class DelimitedReader implements Closeable {
    private static final char TRANSLATED = '\u001F';

    private final Reader in;
    private final char delimiter;
    private final char pairFirst;
    private final char pairSecond;
    private final boolean pair;
    private final boolean quoting;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean carry;

    private char[] chars = new char[512];
    private int length;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int fields;
    private long nextLine = 1;
    private long recordLine;
    private boolean unclosedQuote;
    private boolean replacementSeen;

    /**
     * @param delimiter one or two characters
     * @param quoting   whether {@code "} starts a quoted field (off for MovieLens files, whose titles
     *                  hold bare quotes)
     */
    public DelimitedReader(Reader in, String delimiter, boolean quoting) {
        if (delimiter.isEmpty() || delimiter.length() > 2) {
            throw new IllegalArgumentException("delimiter must have one or two characters");
        }
        this.in = in;
        this.pair = delimiter.length() == 2;
        this.pairFirst = delimiter.charAt(0);
        this.pairSecond = pair ? delimiter.charAt(1) : 0;
        this.delimiter = pair ? TRANSLATED : delimiter.charAt(0);
        this.quoting = quoting;
    }

    /** Reads the next record; false at the end of the input. */
    public boolean next() throws IOException {
        length = 0;
        fields = 0;
        unclosedQuote = false;
        replacementSeen = false;
        recordLine = nextLine;
        if (pos == limit && !fill()) {
            return false;
        }
        final char delim = delimiter;
        int fieldStart = 0;
        boolean inQuotes = false;
        char[] buf = buffer;
        while (true) {
            if (pos == limit) {
                if (!fill()) {
                    unclosedQuote = inQuotes;
                    endField(fieldStart);
                    return true;
                }
                buf = buffer;
            }
            char c = buf[pos++];
            if (inQuotes) {
                if (c == '"') {
                    if (pos == limit && !fill()) {
                        inQuotes = false;
                        continue;
                    }
                    if (buffer[pos] == '"') {
                        append('"');
                        pos++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n') {
                        nextLine++;
                    }
                    append(c);
                }
            } else if (c == delim) {
                endField(fieldStart);
                fieldStart = length;
            } else if (c == '\n') {
                nextLine++;
                if (length > fieldStart && chars[length - 1] == '\r') {
                    length--;
                }
                endField(fieldStart);
                return true;
            } else if (c == '"' && quoting && length == fieldStart) {
                inQuotes = true;
            } else {
                if (length == chars.length) {
                    chars = Arrays.copyOf(chars, length * 2);
                }
                chars[length++] = c;
                if (c == '\uFFFD') {
                    replacementSeen = true;
                }
            }
        }
    }

    private void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = c;
        if (c == '\uFFFD') {
            replacementSeen = true;
        }
    }

    private void endField(int fieldStart) {
        if (fields == starts.length) {
            starts = Arrays.copyOf(starts, fields * 2);
            ends = Arrays.copyOf(ends, fields * 2);
        }
        starts[fields] = fieldStart;
        ends[fields] = length;
        fields++;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        pos = 0;
        limit = 0;
        if (carry) {
            buffer[limit++] = pairFirst;
            carry = false;
        }
        while (limit == 0 || (limit == 1 && pair && buffer[0] == pairFirst && !eof)) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                eof = true;
                break;
            }
            limit += n;
        }
        if (pair) {
            translatePairs();
        }
        return limit > 0;
    }

    private void translatePairs() {
        int write = 0;
        int read = 0;
        while (read < limit) {
            char c = buffer[read];
            if (c == pairFirst) {
                if (read + 1 < limit) {
                    if (buffer[read + 1] == pairSecond) {
                        buffer[write++] = TRANSLATED;
                        read += 2;
                        continue;
                    }
                } else if (!eof) {
                    carry = true;
                    read++;
                    continue;
                }
            }
            buffer[write++] = c;
            read++;
        }
        limit = write;
    }

    /** The physical line (1-based) where the current record starts. */
    public long line() {
        return recordLine;
    }

    /** The physical line that the next record will start on. */
    public long nextLine() {
        return nextLine;
    }

    public int fieldCount() {
        return fields;
    }

    /** True for an empty line (one empty field). */
    public boolean isBlank() {
        return fields == 1 && ends[0] == starts[0];
    }

    /** True when the input ended inside a quoted field of the current record. */
    public boolean hasUnclosedQuote() {
        return unclosedQuote;
    }

    /** True when the current record holds U+FFFD, the mark of bytes invalid in the file's encoding. */
    public boolean hasReplacementCharacter() {
        return replacementSeen;
    }

    /** The characters of the current record; field {@code i} spans {@code start(i)..end(i)}. */
    public char[] chars() {
        return chars;
    }

    public int start(int field) {
        return starts[field];
    }

    public int end(int field) {
        return ends[field];
    }

    public boolean isEmpty(int field) {
        return CharRanges.trimStart(chars, starts[field], ends[field]) == CharRanges.trimEnd(chars,
                starts[field], ends[field]);
    }

    public String field(int field) {
        return new String(chars, starts[field], ends[field] - starts[field]);
    }

    /** Whether field {@code i} equals {@code text} (no String created). */
    public boolean fieldEquals(int field, String text) {
        int from = starts[field];
        int n = ends[field] - from;
        if (n != text.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (chars[from + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
