package io.towerlab.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.data.FeatureTableBuilder;
import io.towerlab.core.data.NumericColumn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Encoders given rows by raw values read them through the mapping training fixed, not through the new rows. */
class EncoderOverRowsTest {

    private static ColumnRows rows(String column, String... cells) {
        return new ColumnRows(new String[cells.length], Map.of(column, cells));
    }

    @Test
    void numericRowsAreStandardisedWithTheTrainingMeanAndDeviationAndUnreadableCellsAreMissing() {
        NumericEncoder trained = new NumericEncoder(new NumericColumn("price", new float[] {1, 2, 3, Float.NaN}));
        InputMapping.Numeric mapping = trained.mapping();
        assertThat(mapping.mean()).isEqualTo(2f);
        assertThat(mapping.std()).isCloseTo((float) Math.sqrt(2.0 / 3), within(1e-6f));

        EncoderInput input = trained.over(rows("price", "4", " ", "cheap", null))
                .prepare(new EntityBatch(new int[] {0, 1, 2, 3}, null), new BatchRows());

        assertThat(input.values()[0]).isCloseTo(2 / mapping.std(), within(1e-6f));
        assertThat(input.values()).containsSubsequence(0f, 0f, 0f);
    }

    @Test
    void aMultiValuedColumnSplitsRawCellsLikeTheImportAndDropsUnseenValues() {
        FeatureTableBuilder builder = new FeatureTableBuilder(List.of("genres"), List.of(), List.of());
        char[] drama = "Drama|Comedy".toCharArray();
        builder.categorical(0, 0, drama, 0, drama.length, "|");
        char[] comedy = "Comedy".toCharArray();
        builder.categorical(0, 1, comedy, 0, comedy.length, "|");
        var column = builder.build(2).categorical().get("genres");
        try (NDManager manager = NDManager.newBaseManager(); ParameterStore store = new ParameterStore(manager, 1)) {
            EmbeddingTable table = store.embedding("genres", 2, 3, 0.1);
            CategoricalEncoder trained = new CategoricalEncoder(column, table);
            assertThat(trained.mapping().separator()).isEqualTo("|");

            Encoder raw = trained.over(rows("genres", " Comedy | Drama", "Western|Comedy", "Western"));
            float[][] fromRows = EncoderHarness.forward(raw, manager, 0, 1, 2);
            float[][] fromDataset = EncoderHarness.forward(trained, manager, 0, 1);

            for (int j = 0; j < 3; j++) {
                assertThat(fromRows[0][j]).isCloseTo(fromDataset[0][j], within(1e-6f));
                assertThat(fromRows[1][j]).isCloseTo(fromDataset[1][j], within(1e-6f));
                assertThat(fromRows[2][j]).isZero();
            }
        }
    }

    @Test
    void anEncoderWithoutAMappingSaysItCannotReadRawValues() {
        try (NDManager manager = NDManager.newBaseManager(); ParameterStore store = new ParameterStore(manager, 1)) {
            IdEncoder ids = new IdEncoder(store.embedding("ids", 2, 3, 0.1));
            assertThat(ids.mapping()).isNull();
            assertThatThrownBy(() -> ids.over(rows("x", "1"))).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("id(3) cannot read an entity's raw values");
        }
    }
}
