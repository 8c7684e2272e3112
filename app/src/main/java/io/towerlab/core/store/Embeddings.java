package io.towerlab.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's document vectors, for projections and nearest-neighbour inspection: {@code documents.f32}
 * (row-major little-endian float32, {@code count × dim}), {@code documents.ids} (the original id of
 * each row, one per line) and {@code index.json}; written as a folder that is renamed into place.
 */
public final class Embeddings {
    public static final String VECTORS = "documents.f32";
    public static final String IDS = "documents.ids";

    private Embeddings() {
    }

    /** Vectors with their ids. */
    public record Matrix(int count, int dim, float[] vectors, List<String> ids) {
    }

    public static void write(Path folder, int dim, float[] vectors, List<String> ids) throws IOException {
        if (dim <= 0 || vectors.length != (long) ids.size() * dim) {
            throw new IllegalArgumentException(ids.size() + " ids and " + vectors.length + " values do not make rows of "
                    + dim);
        }
        Path parent = folder.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + folder.getFileName() + "-");
        ByteBuffer buffer = ByteBuffer.allocate(vectors.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vectors);
        Files.write(temp.resolve(VECTORS), buffer.array());
        Files.write(temp.resolve(IDS), ids, StandardCharsets.UTF_8);
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("count", ids.size());
        index.put("dim", dim);
        index.put("dtype", "float32");
        index.put("byteOrder", "little-endian");
        index.put("vectors", VECTORS);
        index.put("ids", IDS);
        AtomicFiles.write(temp.resolve("index.json"), RunFolder.JSON.writeValueAsBytes(index));
        Checkpoints.replaceFolder(temp, folder);
    }

    public static Matrix read(Path folder) throws IOException {
        Map<?, ?> index = RunFolder.JSON.readValue(folder.resolve("index.json").toFile(), Map.class);
        int dim = ((Number) index.get("dim")).intValue();
        List<String> ids = Files.readAllLines(folder.resolve(IDS), StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(folder.resolve(VECTORS));
        if (bytes.length != (long) ids.size() * dim * 4) {
            throw new IOException(folder.resolve(VECTORS) + " holds " + bytes.length + " bytes, not " + ids.size()
                    + " rows of " + dim + " float32 values");
        }
        float[] values = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return new Matrix(ids.size(), dim, values, ids);
    }
}
