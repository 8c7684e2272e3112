package io.towerlab.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Exports parts of a run for other tools: its metrics as CSV, and its document vectors as a NumPy
 * {@code .npy} file (format 1.0, little-endian float32, {@code count × dim}) with a text file of ids
 * in the same row order, for numpy or FAISS.
 */
public final class RunExport {
    private RunExport() {
    }

    /** Writes {@code step,epoch,name,value,time}, one complete metrics line per row; returns the row count. */
    public static int metricsCsv(RunFolder run, Path csv) throws IOException {
        List<MetricPoint> points = MetricsLog.read(run.metricsFile());
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("step,epoch,name,value,time\n");
            for (MetricPoint p : points) {
                out.write(p.step() + "," + p.epoch() + "," + p.name() + "," + (p.value() == null ? "" : p.value())
                        + "," + p.time() + "\n");
            }
        }
        return points.size();
    }

    /** Writes {@code documents.npy} and {@code documents.ids.txt} into {@code folder}; returns the row count. */
    public static int embeddingsNpy(RunFolder run, Path folder) throws IOException {
        Embeddings.Matrix m;
        try {
            m = Embeddings.read(run.embeddings());
        } catch (NoSuchFileException e) {
            throw new IOException("run " + run.id() + " has no document vectors (" + run.embeddings()
                    + "): they are written when a run completes");
        }
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve("documents.npy"))) {
            out.write(npyHeader(m.count(), m.dim()));
            ByteBuffer buffer = ByteBuffer.allocate(m.vectors().length * 4).order(ByteOrder.LITTLE_ENDIAN);
            buffer.asFloatBuffer().put(m.vectors());
            out.write(buffer.array());
        }
        Files.write(folder.resolve("documents.ids.txt"), m.ids(), StandardCharsets.UTF_8);
        return m.count();
    }

    /** The header of a version 1.0 {@code .npy} file of a C-order little-endian float32 matrix. */
    static byte[] npyHeader(int rows, int cols) {
        String dict = String.format(Locale.ROOT, "{'descr': '<f4', 'fortran_order': False, 'shape': (%d, %d), }",
                rows, cols);
        int unpadded = 10 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length()).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        b.putShort((short) header.length());
        b.put(header.getBytes(StandardCharsets.US_ASCII));
        return b.array();
    }
}
