package io.towerlab.core.data.split;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.Interactions;
import io.towerlab.core.data.SplitRole;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SplitterPropertiesTest {
    private final Splitter splitter = new Splitter();

    @Provide
    Arbitrary<List<long[]>> logs() {
        return Arbitraries.integers().between(0, 5).flatMap(q -> Arbitraries.integers().between(0, 9).flatMap(
                d -> Arbitraries.longs().between(0, 6).map(t -> new long[] {q, d, t}))).list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 200)
    void everyRowLandsInExactlyOnePart(@ForAll("logs") List<long[]> rows, @ForAll("kinds") SplitOptions options) {
        ClickDataset data = SplitterTest.log(rows.toArray(long[][]::new));
        DatasetSplit split = splitter.split(data, options);
        int[] seen = new int[rows.size()];
        for (SplitRole role : SplitRole.values()) {
            assertThat(split.rows(role)).isSorted();
            for (int row : split.rows(role)) {
                seen[row]++;
            }
        }
        assertThat(seen).containsOnly(1);
    }

    @Provide
    Arbitrary<SplitOptions> kinds() {
        return Arbitraries.of(SplitOptions.leaveLastOut(), SplitOptions.leaveLastOut(1), SplitOptions.random(0.2, 0.3, 5),
                SplitOptions.temporal(0.1, 0.25));
    }

    @Property(tries = 200)
    void leaveLastOutTestRowsAreEachQuerysLatest(@ForAll("logs") List<long[]> rows) {
        ClickDataset data = SplitterTest.log(rows.toArray(long[][]::new));
        DatasetSplit split = splitter.split(data, SplitOptions.leaveLastOut());
        Interactions log = data.interactions();
        int[] count = new int[data.queryCount()];
        for (int row = 0; row < log.size(); row++) {
            count[log.query(row)]++;
        }
        int expectedTests = 0;
        for (int c : count) {
            expectedTests += c >= 3 ? 1 : 0;
        }
        assertThat(split.test()).hasSize(expectedTests);
        for (int test : split.test()) {
            for (int row = 0; row < log.size(); row++) {
                if (row != test && log.query(row) == log.query(test)) {
                    boolean later = log.timestamp(row) > log.timestamp(test)
                            || log.timestamp(row) == log.timestamp(test) && row > test;
                    assertThat(later).as("row %d is later than test row %d", row, test).isFalse();
                }
            }
        }
    }
}
