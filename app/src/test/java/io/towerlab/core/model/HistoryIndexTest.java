package io.towerlab.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.data.Interactions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HistoryIndexTest {

    @Test
    void historyBeforeARowIsTheQuerysEarlierClicksInTimeOrder() {
        // query 0 clicks documents 7 (t=30), 5 (t=10), 6 (t=20); query 1 clicks 9 (t=5); row 4 is not training
        Interactions log = log(new int[] {0, 0, 1, 0, 0}, new int[] {7, 5, 9, 6, 8}, new long[] {30, 10, 5, 20, 1});
        HistoryIndex index = HistoryIndex.of(log, new int[] {0, 1, 2, 3}, 2);

        assertThat(history(index, 0, 0)).containsExactly(5, 6);
        assertThat(history(index, 0, 1)).isEmpty();
        assertThat(history(index, 0, 3)).containsExactly(5);
        assertThat(history(index, 0, 4)).as("a row outside training sees the whole history").containsExactly(5, 6, 7);
        assertThat(history(index, 1, -1)).containsExactly(9);
    }

    @Test
    void equalTimestampsAreOrderedByRow() {
        Interactions log = log(new int[] {0, 0, 0}, new int[] {3, 2, 1}, new long[] {4, 4, 4});
        HistoryIndex index = HistoryIndex.of(log, new int[] {2, 0, 1}, 1);

        assertThat(history(index, 0, -1)).containsExactly(3, 2, 1);
    }

    @Property(tries = 50)
    void matchesASortByQueryTimeAndRow(@ForAll @IntRange(min = 1, max = 400) int rowCount,
                                       @ForAll @IntRange(min = 1, max = 20) int queryCount,
                                       @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] queries = random.ints(rowCount, 0, queryCount).toArray();
        int[] documents = random.ints(rowCount, 0, 50).toArray();
        long[] times = random.longs(rowCount, 0, 30).toArray();
        Interactions log = log(queries, documents, times);
        int[] rows = random.ints(0, rowCount).distinct().limit(rowCount * 3L / 4).toArray();

        HistoryIndex index = HistoryIndex.of(log, rows, queryCount);

        List<Integer> expected = new ArrayList<>();
        Arrays.stream(rows).boxed().sorted(Comparator.<Integer>comparingInt(r -> queries[r])
                .thenComparingLong(r -> times[r]).thenComparingInt(r -> r)).forEach(expected::add);
        int[] expectedDocuments = expected.stream().mapToInt(r -> documents[r]).toArray();
        assertThat(index.documents()).containsExactly(expectedDocuments);
        for (int i = 0; i < expected.size(); i++) {
            int row = expected.get(i);
            assertThat(index.endBefore(queries[row], row)).isEqualTo(i);
        }
    }

    private static int[] history(HistoryIndex index, int query, int row) {
        return Arrays.copyOfRange(index.documents(), index.start(query), index.endBefore(query, row));
    }

    private static Interactions log(int[] queries, int[] documents, long[] times) {
        float[] weights = new float[queries.length];
        Arrays.fill(weights, 1f);
        return new Interactions(queries.length, queries, documents, weights, times, true, null);
    }
}
