package io.towerlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetStatisticsTest {

    /** q0 clicks d0, d0, d1; q1 clicks d0; q2 clicks d0, d2; d3 is never clicked. */
    private static ClickDataset tiny(boolean timestamps) {
        IdDictionary queries = new IdDictionary();
        for (String q : new String[] {"q0", "q1", "q2"}) {
            queries.getOrAdd(q);
        }
        IdDictionary documents = new IdDictionary();
        for (String d : new String[] {"d0", "d1", "d2", "d3"}) {
            documents.getOrAdd(d);
        }
        InteractionsBuilder rows = new InteractionsBuilder(6).withTimestamps(timestamps);
        int[][] pairs = {{0, 0}, {0, 0}, {0, 1}, {1, 0}, {2, 0}, {2, 2}};
        for (int i = 0; i < pairs.length; i++) {
            rows.add(pairs[i][0], pairs[i][1], 1f, 1_600_000_000L + 100L * i);
        }
        FeatureTable docFeatures = new FeatureTable(Map.of(), Map.of("popularity",
                new NumericColumn("popularity", new float[4])), Map.of());
        return new ClickDataset("tiny", new DatasetSource(Path.of("tiny.csv"), DatasetFormat.CSV, "0"), queries,
                documents, rows.build(), null, docFeatures);
    }

    @Test
    void countsDensityAndNeverClickedDocuments() {
        DatasetStats stats = DatasetStatistics.of(tiny(true));
        assertThat(stats.queries()).isEqualTo(3);
        assertThat(stats.documents()).isEqualTo(4);
        assertThat(stats.interactions()).isEqualTo(6);
        assertThat(stats.density()).isEqualTo(0.5);
        assertThat(stats.documentsNeverClicked()).isEqualTo(1);
        assertThat(stats.queriesWithoutInteractions()).isZero();
        assertThat(stats.features().documentNumeric()).containsExactly("popularity");
        assertThat(stats.features().queryCategorical()).isEmpty();
    }

    @Test
    void quantilesInterpolateBetweenRanks() {
        DatasetStats stats = DatasetStatistics.of(tiny(true));
        assertThat(stats.interactionsPerQuery()).isEqualTo(new DatasetStats.Distribution(1, 1.5, 2, 2.5,
                2.8, 2.98, 3, 2.0));
        DatasetStats.Distribution perDocument = stats.interactionsPerDocument();
        assertThat(perDocument.min()).isZero();
        assertThat(perDocument.p25()).isEqualTo(0.75);
        assertThat(perDocument.median()).isEqualTo(1.0);
        assertThat(perDocument.p75()).isEqualTo(1.75);
        assertThat(perDocument.max()).isEqualTo(4);
        assertThat(perDocument.mean()).isEqualTo(1.5);
    }

    @Test
    void longTailShareCountsAtLeastTheSingleMostClickedDocument() {
        DatasetStats stats = DatasetStatistics.of(tiny(true));
        assertThat(stats.topOnePercentShare()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(stats.topTenPercentShare()).isCloseTo(4.0 / 6, within(1e-12));
        int[] ascending = new int[100];
        for (int i = 0; i < 100; i++) {
            ascending[i] = i < 90 ? 1 : 11;
        }
        assertThat(DatasetStatistics.topShare(ascending, 200, 0.10)).isEqualTo(110.0 / 200);
        assertThat(DatasetStatistics.topShare(ascending, 200, 0.01)).isEqualTo(11.0 / 200);
    }

    @Test
    void timeRangeOnlyWhenTheLogHasTimestamps() {
        DatasetStats.TimeRange range = DatasetStatistics.of(tiny(true)).timeRange();
        assertThat(range.fromEpochSecond()).isEqualTo(1_600_000_000L);
        assertThat(range.to()).isEqualTo("2020-09-13T12:35:00Z");
        assertThat(DatasetStatistics.of(tiny(false)).timeRange()).isNull();
    }

    @Test
    void statsRoundTripThroughJson() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        DatasetStats stats = DatasetStatistics.of(tiny(true));
        String json = mapper.writeValueAsString(stats);
        assertThat(json).contains("\"topOnePercentShare\"").contains("\"interactionsPerQuery\"");
        assertThat(mapper.readValue(json, DatasetStats.class)).isEqualTo(stats);
    }
}
