package io.towerlab.spark;

import io.towerlab.core.store.Embeddings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Row;

/**
 * Writes each partition's {@code (id, vector)} rows as {@code out/part-NNNNN/} in the layout of
 * {@link Embeddings}, so each part opens like a run's own {@code embeddings/}. A retried task
 * replaces its part whole (the folder is renamed into place).
 */
final class F32Parts implements ForeachPartitionFunction<Row> {
    private final String out;
    private final int dim;

    F32Parts(String out, int dim) {
        this.out = out;
        this.dim = dim;
    }

    static Path part(Path out, int partition) {
        return out.resolve(String.format("part-%05d", partition));
    }

    @Override
    public void call(Iterator<Row> rows) {
        List<String> ids = new ArrayList<>();
        FloatBuffer values = new FloatBuffer();
        while (rows.hasNext()) {
            Row row = rows.next();
            ids.add(row.getString(0));
            values.add(VectorColumn.floats(row, 1, dim));
        }
        if (ids.isEmpty()) {
            return;
        }
        try {
            Embeddings.write(part(Path.of(out), TaskContext.getPartitionId()), dim, values.toArray(), ids);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the vectors of partition " + TaskContext.getPartitionId()
                    + " under " + out + ": " + e.getMessage(), e);
        }
    }

    /** A growing float array. */
    private static final class FloatBuffer {
        private float[] values = new float[1024];
        private int size;

        void add(float[] more) {
            if (size + more.length > values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, values, size, more.length);
            size += more.length;
        }

        float[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
