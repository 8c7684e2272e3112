package io.towerlab.core.data.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetFormat;
import io.towerlab.core.data.DatasetSource;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.IdDictionary;
import io.towerlab.core.data.InteractionsBuilder;
import io.towerlab.core.data.SplitRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SplitterTest {
    private final Splitter splitter = new Splitter();

    /** Rows as (query, document, time). */
    static ClickDataset log(long[][] rows) {
        InteractionsBuilder b = new InteractionsBuilder(rows.length).withTimestamps(true);
        int queries = 0;
        int docs = 0;
        for (long[] r : rows) {
            b.add((int) r[0], (int) r[1], 1f, r[2]);
            queries = Math.max(queries, (int) r[0] + 1);
            docs = Math.max(docs, (int) r[1] + 1);
        }
        return dataset(b, queries, docs);
    }

    static ClickDataset dataset(InteractionsBuilder b, int queries, int docs) {
        IdDictionary q = new IdDictionary();
        for (int i = 0; i < queries; i++) {
            q.getOrAdd("q" + i);
        }
        IdDictionary d = new IdDictionary();
        for (int i = 0; i < docs; i++) {
            d.getOrAdd("d" + i);
        }
        return new ClickDataset("test", new DatasetSource(Path.of("test.csv"), DatasetFormat.CSV, ""), q, d,
                b.build(), null, null);
    }

    @Test
    void leaveLastOutPutsEachQuerysLatestInTestAndTheOneBeforeInValid() {
        ClickDataset data = log(new long[][] {
                {0, 0, 50}, {0, 1, 10}, {1, 2, 5}, {0, 2, 30}, {1, 3, 7}, {0, 3, 20}, {1, 4, 6}});
        DatasetSplit split = splitter.split(data, SplitOptions.leaveLastOut());
        assertThat(split.test()).containsExactly(0, 4);
        assertThat(split.valid()).containsExactly(3, 6);
        assertThat(split.train()).containsExactly(1, 2, 5);
    }

    @Test
    void leaveLastOutKeepsQueriesWithTooFewInteractionsInTrain() {
        ClickDataset data = log(new long[][] {{0, 0, 1}, {0, 1, 2}, {1, 0, 1}, {1, 1, 2}, {1, 2, 3}});
        DatasetSplit split = splitter.split(data, SplitOptions.leaveLastOut(3));
        assertThat(split.train()).containsExactly(0, 1, 2);
        assertThat(split.valid()).containsExactly(3);
        assertThat(split.test()).containsExactly(4);
    }

    @Test
    void leaveLastOutBreaksTimestampTiesByRowOrder() {
        ClickDataset data = log(new long[][] {{0, 0, 5}, {0, 1, 9}, {0, 2, 9}, {0, 3, 9}});
        DatasetSplit split = splitter.split(data, SplitOptions.leaveLastOut());
        assertThat(split.test()).containsExactly(3);
        assertThat(split.valid()).containsExactly(2);
        assertThat(split.train()).containsExactly(0, 1);
    }

    @Test
    void randomSplitHasExactSizesAndIsDeterministicForASeed() {
        long[][] rows = new long[100][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new long[] {i % 7, i % 11, i};
        }
        ClickDataset data = log(rows);
        DatasetSplit a = splitter.split(data, SplitOptions.random(0.1, 0.2, 42));
        DatasetSplit b = splitter.split(data, SplitOptions.random(0.1, 0.2, 42));
        DatasetSplit c = splitter.split(data, SplitOptions.random(0.1, 0.2, 43));
        assertThat(a.test()).hasSize(20).isSorted();
        assertThat(a.valid()).hasSize(10).isSorted();
        assertThat(a.train()).hasSize(70).isSorted();
        assertThat(b.test()).containsExactly(a.test());
        assertThat(b.valid()).containsExactly(a.valid());
        assertThat(c.test()).isNotEqualTo(a.test());
    }

    @Test
    void temporalSplitCutsAtTimeQuantilesAcrossAllQueries() {
        long[][] rows = new long[10][];
        for (int i = 0; i < 10; i++) {
            rows[i] = new long[] {i % 3, i, 100 - i * 10};
        }
        DatasetSplit split = splitter.split(log(rows), SplitOptions.temporal(0.2, 0.3));
        assertThat(split.test()).containsExactly(0, 1, 2);
        assertThat(split.valid()).containsExactly(3, 4);
        assertThat(split.train()).containsExactly(5, 6, 7, 8, 9);
    }

    @Test
    void temporalSplitAtExplicitTimesKeepsEqualTimestampsOnOneSide() {
        ClickDataset data = log(new long[][] {{0, 0, 10}, {1, 1, 20}, {0, 2, 20}, {1, 3, 30}, {0, 4, 40}});
        DatasetSplit split = splitter.split(data, SplitOptions.temporalAt(20, 40));
        assertThat(split.train()).containsExactly(0);
        assertThat(split.valid()).containsExactly(1, 2, 3);
        assertThat(split.test()).containsExactly(4);
    }

    @Test
    void predefinedSplitReadsTheSplitColumn() {
        InteractionsBuilder b = new InteractionsBuilder(4);
        b.add(0, 0, 1, 1, SplitRole.TEST);
        b.add(0, 1, 1, 2, SplitRole.TRAIN);
        b.add(1, 0, 1, 3, SplitRole.VALID);
        b.add(1, 1, 1, 4, SplitRole.TRAIN);
        DatasetSplit split = splitter.split(dataset(b, 2, 2), SplitOptions.predefined());
        assertThat(split.train()).containsExactly(1, 3);
        assertThat(split.valid()).containsExactly(2);
        assertThat(split.test()).containsExactly(0);
    }

    @Test
    void predefinedSplitWithoutASplitColumnSaysWhatToDo() {
        ClickDataset data = log(new long[][] {{0, 0, 1}});
        assertThatThrownBy(() -> splitter.split(data, SplitOptions.predefined()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no split column")
                .hasMessageContaining("leave-last-out");
    }

    @Test
    void optionsReadFromJsonWithKebabCaseKindAndDefaults() throws Exception {
        ObjectMapper json = new ObjectMapper();
        SplitOptions options = json.readValue("{\"kind\":\"leave-last-out\"}", SplitOptions.class);
        assertThat(options).isEqualTo(SplitOptions.leaveLastOut());
        SplitOptions random = json.readValue("{\"kind\":\"random\",\"testFraction\":0.2,\"seed\":7}", SplitOptions.class);
        assertThat(random.kind()).isEqualTo(SplitKind.RANDOM);
        assertThat(random.testFraction()).isEqualTo(0.2);
        assertThat(json.writeValueAsString(SplitOptions.temporal(0.1, 0.1))).contains("\"kind\":\"temporal\"");
    }
}
