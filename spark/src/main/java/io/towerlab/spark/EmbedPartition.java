package io.towerlab.spark;

import io.towerlab.core.train.SavedDocumentTower;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Embeds one partition of catalogue ids ({@code id} rows) into {@code (id, vector)} rows, a block of
 * rows at a time through the executor's shared tower. Ids the run does not know are counted and
 * left out.
 */
final class EmbedPartition implements MapPartitionsFunction<Row, Row> {
    static final int BLOCK = 4096;

    private final TowerSource source;
    private final LongAccumulator embedded;
    private final LongAccumulator unknown;

    EmbedPartition(TowerSource source, LongAccumulator embedded, LongAccumulator unknown) {
        this.source = source;
        this.embedded = embedded;
        this.unknown = unknown;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> ids) {
        TaskContext task = TaskContext.get();
        SavedDocumentTower tower = TowerHolder.get(task == null ? source
                : source.on(TaskDevice.of(source.device(), CollectionConverters.asJava(task.resources()))));
        return new Iterator<>() {
            private Iterator<Row> block = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!block.hasNext() && ids.hasNext()) {
                    block = embedBlock(tower, ids);
                }
                return block.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return block.next();
            }
        };
    }

    private Iterator<Row> embedBlock(SavedDocumentTower tower, Iterator<Row> ids) {
        List<String> known = new ArrayList<>(BLOCK);
        int[] indices = new int[BLOCK];
        int seen = 0;
        while (seen < BLOCK && ids.hasNext()) {
            String id = ids.next().getString(0);
            seen++;
            int index = tower.indexOf(id);
            if (index < 0) {
                unknown.add(1);
            } else {
                indices[known.size()] = index;
                known.add(id);
            }
        }
        int dim = tower.dim();
        float[] vectors = known.isEmpty() ? new float[0] : tower.embed(Arrays.copyOf(indices, known.size()));
        List<Row> rows = new ArrayList<>(known.size());
        for (int i = 0; i < known.size(); i++) {
            rows.add(RowFactory.create(known.get(i), Arrays.copyOfRange(vectors, i * dim, (i + 1) * dim)));
        }
        embedded.add(known.size());
        return rows.iterator();
    }
}
