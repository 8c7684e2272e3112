package io.towerlab.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a run's append-only {@code metrics.jsonl}. Only complete lines (ending in a newline) count:
 * a line being written, or cut short by a crash, is left for later, so a reader polling a live run
 * and a reader of a crashed one both see exactly the lines that were fully written.
 */
public final class MetricsLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MetricsLog() {
    }

    /** Points read from a file from some offset, and the offset just past the last complete line. */
    public record Chunk(List<MetricPoint> points, long nextOffset, int skippedLines) {
    }

    /** Every complete line of the file (none when it does not exist). */
    public static List<MetricPoint> read(Path file) throws IOException {
        return readFrom(file, 0).points();
    }

    /** The complete lines from byte {@code offset} on: poll with the returned offset to follow a live run. */
    public static Chunk readFrom(Path file, long offset) throws IOException {
        byte[] bytes;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (offset >= channel.size()) {
                return new Chunk(List.of(), offset, 0);
            }
            channel.position(offset);
            try (InputStream in = Channels.newInputStream(channel)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                bytes = out.toByteArray();
            }
        } catch (NoSuchFileException e) {
            return new Chunk(List.of(), offset, 0);
        }
        List<MetricPoint> points = new ArrayList<>();
        int skipped = 0;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                MetricPoint p = parse(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                if (p != null) {
                    points.add(p);
                } else if (i > start) {
                    skipped++;
                }
                start = i + 1;
            }
        }
        return new Chunk(points, offset + start, skipped);
    }

    /** One line, or null when it is not a metric object (a damaged line). */
    static MetricPoint parse(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(line);
            if (n == null || !n.isObject() || !n.path("step").canConvertToLong() || !n.path("name").isTextual()) {
                return null;
            }
            JsonNode value = n.path("value");
            return new MetricPoint(n.path("step").asLong(), n.path("epoch").asInt(), n.path("name").asText(),
                    value.isNumber() ? value.asDouble() : null, n.path("time").asLong());
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Keeps only the complete lines at or before {@code step} (resuming from a checkpoint taken at that
     * step, so no step is logged twice); the file is replaced atomically. Returns how many lines were dropped.
     */
    public static int truncateAfter(Path file, long step) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        ByteArrayOutputStream kept = new ByteArrayOutputStream(bytes.length);
        int dropped = 0;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                MetricPoint p = parse(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                if (p != null && p.step() <= step) {
                    kept.write(bytes, start, i - start + 1);
                } else {
                    dropped++;
                }
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            dropped++;
        }
        AtomicFiles.write(file, kept.toByteArray());
        return dropped;
    }
}
