package io.towerlab.core.data.csv;

import io.towerlab.core.data.DataFormatException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A text file opened for import: checked to be text at all (not binary, compressed or empty),
 * its encoding settled (a byte-order mark wins; otherwise UTF-8, falling back to Latin-1 when the
 * first 64 KB are not valid UTF-8), and every byte read fed to a digest for provenance.
 *
 * @param head   the first characters of the file (up to 64 KB of bytes), for sniffing
 * @param charset the encoding used
 * @param note   why a fallback encoding was chosen, or null
 */
public record TextSource(Path file, String head, Charset charset, int bomLength, String note) {
    private static final int HEAD_BYTES = 1 << 16;

    /**
     * Inspects a file.
     *
     * @param declared the encoding to use, or null to detect it
     */
    public static TextSource inspect(Path file, Charset declared) throws DataFormatException {
        if (!Files.exists(file)) {
            throw DataFormatException.ofFile(file, "no such file", "Check the path");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw DataFormatException.ofFile(file, "not a readable file", "Check the path and its permissions");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw DataFormatException.ofFile(file, "cannot be read (" + e.getMessage() + ")",
                    "Check that the file is not locked or on a disconnected drive");
        }
        if (head.length == 0) {
            throw DataFormatException.ofFile(file, "the file is empty",
                    "Choose a click log with a header row and at least one data row");
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            throw DataFormatException.ofFile(file, "this is a gzip-compressed file, not text",
                    "Decompress it first (gunzip) and open the extracted file");
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw DataFormatException.ofFile(file, "this is a zip archive, not text",
                    "Extract it first and open the extracted file or folder");
        }
        if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
            Charset utf16 = StandardCharsets.UTF_16;
            return new TextSource(file, new String(head, utf16), utf16, 0, null);
        }
        int bom = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = bom; i < head.length; i++) {
            if (head[i] == 0) {
                throw DataFormatException.ofFile(file, "binary content (a NUL byte at byte " + (i + 1)
                        + "), not a text click log", "Export the data as CSV or TSV text and open that file");
            }
        }
        byte[] text = Arrays.copyOfRange(head, bom, head.length);
        if (declared != null) {
            return new TextSource(file, new String(text, declared), declared, bom, null);
        }
        long badLine = firstInvalidUtf8Line(text, head.length == HEAD_BYTES);
        if (badLine > 0) {
            Charset latin1 = StandardCharsets.ISO_8859_1;
            String note = file.getFileName() + ": line " + badLine
                    + " is not valid UTF-8, so the file was read as Latin-1 (ISO-8859-1)";
            return new TextSource(file, new String(text, latin1), latin1, bom, note);
        }
        return new TextSource(file, new String(text, StandardCharsets.UTF_8), StandardCharsets.UTF_8, bom, null);
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The 1-based line of the first byte sequence that is not UTF-8, or 0 when all is valid. */
    private static long firstInvalidUtf8Line(byte[] text, boolean truncated) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(text);
        CharBuffer out = CharBuffer.allocate(text.length + 1);
        var result = decoder.decode(in, out, !truncated);
        if (!result.isError()) {
            return 0;
        }
        long line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (text[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Opens the text as a reader that also feeds every byte of the file to {@code digest}. */
    public Reader open(MessageDigest digest) throws DataFormatException {
        try {
            InputStream raw = Files.newInputStream(file);
            InputStream in = new BufferedInputStream(digest == null ? raw : new DigestInputStream(raw, digest), 1 << 16);
            in.readNBytes(bomLength);
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new InputStreamReader(in, decoder);
        } catch (IOException e) {
            throw DataFormatException.ofFile(file, "cannot be read (" + e.getMessage() + ")",
                    "Check that the file is not locked or on a disconnected drive");
        }
    }

    /** Opens a reader over the file with the given delimiter. */
    public DelimitedReader reader(String delimiter, boolean quoting, MessageDigest digest) throws DataFormatException {
        return new DelimitedReader(open(digest), delimiter, quoting);
    }
}
