package io.towerlab.spark;

import io.towerlab.core.model.ColumnRows;
import io.towerlab.core.train.SavedDocumentTower;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Embeds one partition of catalogue rows ({@code id} then the document tower's columns, as strings) into
 * {@code (id, vector)} rows, a block of rows at a time through the executor's shared tower. Rows the tower
 * cannot embed are counted and left out.
 */
final class EmbedPartition implements MapPartitionsFunction<Row, Row> {
    static final int BLOCK = 4096;

    private final TowerSource source;
    private final List<String> columns;
    private final LongAccumulator embedded;
    private final LongAccumulator skipped;

    /** @param columns the names of the row's fields after the id, in order */
    EmbedPartition(TowerSource source, List<String> columns, LongAccumulator embedded, LongAccumulator skipped) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.embedded = embedded;
        this.skipped = skipped;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> catalogue) {
        TaskContext task = TaskContext.get();
        SavedDocumentTower tower = TowerHolder.get(task == null ? source
                : source.on(TaskDevice.of(source.device(), CollectionConverters.asJava(task.resources()))));
        return new Iterator<>() {
            private Iterator<Row> block = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!block.hasNext() && catalogue.hasNext()) {
                    block = embedBlock(tower, catalogue);
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

    private Iterator<Row> embedBlock(SavedDocumentTower tower, Iterator<Row> catalogue) {
        List<Row> read = new ArrayList<>(BLOCK);
        while (read.size() < BLOCK && catalogue.hasNext()) {
            read.add(catalogue.next());
        }
        String[] ids = new String[read.size()];
        Map<String, String[]> cells = new HashMap<>();
        for (String name : columns) {
            cells.put(name, new String[read.size()]);
        }
        for (int i = 0; i < ids.length; i++) {
            Row row = read.get(i);
            ids[i] = row.getString(0);
            for (int c = 0; c < columns.size(); c++) {
                cells.get(columns.get(c))[i] = row.getString(c + 1);
            }
        }
        SavedDocumentTower.Embedded result = tower.embed(new ColumnRows(ids, cells));
        int dim = tower.dim();
        List<Row> out = new ArrayList<>(result.rows().length);
        for (int i = 0; i < result.rows().length; i++) {
            out.add(RowFactory.create(ids[result.rows()[i]],
                    Arrays.copyOfRange(result.vectors(), i * dim, (i + 1) * dim)));
        }
        embedded.add(out.size());
        skipped.add(result.skipped());
        return out.iterator();
    }
}
