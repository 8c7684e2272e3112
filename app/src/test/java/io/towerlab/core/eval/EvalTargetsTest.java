package io.towerlab.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetFormat;
import io.towerlab.core.data.DatasetSource;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.IdDictionary;
import io.towerlab.core.data.InteractionsBuilder;
import io.towerlab.core.data.SplitRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalTargetsTest {

    /** Three queries, five documents; rows listed as (query, document) with their split part. */
    static ClickDataset tinyLog() {
        int[][] rows = {
            {0, 0}, {0, 1}, {0, 2}, {0, 3}, {0, 2}, {1, 1}, {1, 1}, {2, 4}, {1, 3},
        };
        InteractionsBuilder builder = new InteractionsBuilder(rows.length);
        for (int i = 0; i < rows.length; i++) {
            builder.add(rows[i][0], rows[i][1], 1f, i);
        }
        IdDictionary queries = new IdDictionary();
        for (String id : new String[] {"u0", "u1", "u2"}) {
            queries.getOrAdd(id);
        }
        IdDictionary documents = new IdDictionary();
        for (String id : new String[] {"m0", "m1", "m2", "m3", "m4"}) {
            documents.getOrAdd(id);
        }
        return new ClickDataset("tiny", new DatasetSource(Path.of("tiny.csv"), DatasetFormat.CSV, "0"),
                queries, documents, builder.build(), null, null);
    }

    static DatasetSplit tinySplit() {
        return new DatasetSplit("by hand", new int[] {0, 1, 5}, new int[] {2, 8}, new int[] {3, 4, 6, 7});
    }

    @Test
    void testTargetsExcludeTrainingAndValidationPositives() {
        EvalTargets t = EvalTargets.from(tinyLog(), tinySplit(), SplitRole.TEST);

        assertThat(t.size()).isEqualTo(2);
        assertThat(t.query(0)).isZero();
        assertThat(t.heldOut(0)).containsExactly(3);
        assertThat(t.excluded(0)).containsExactly(0, 1, 2);
        assertThat(t.query(1)).isEqualTo(2);
        assertThat(t.heldOut(1)).containsExactly(4);
        assertThat(t.excluded(1)).isEmpty();
    }

    @Test
    void heldOutPositivesAlreadySeenAreDroppedAndCounted() {
        EvalTargets t = EvalTargets.from(tinyLog(), tinySplit(), SplitRole.TEST);

        // query 0 clicked document 2 in validation and again in test; query 1 re-clicked training document 1
        assertThat(t.droppedTargets()).isEqualTo(2);
        assertThat(t.droppedQueries()).isEqualTo(1);
    }

    @Test
    void validationTargetsExcludeOnlyTrainingPositives() {
        EvalTargets t = EvalTargets.from(tinyLog(), tinySplit(), SplitRole.VALID);

        assertThat(t.size()).isEqualTo(2);
        assertThat(t.heldOut(0)).containsExactly(2);
        assertThat(t.excluded(0)).containsExactly(0, 1);
        assertThat(t.query(1)).isEqualTo(1);
        assertThat(t.heldOut(1)).containsExactly(3);
        assertThat(t.excluded(1)).containsExactly(1);
        assertThat(t.droppedTargets()).isZero();
    }

    @Test
    void evaluatingTheTrainingRowsIsRejectedWithAReason() {
        assertThatThrownBy(() -> EvalTargets.from(tinyLog(), tinySplit(), SplitRole.TRAIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VALID or TEST");
    }

    @Test
    void directTargetsAreSortedDistinctAndApplyTheSameDropRule() {
        EvalTargets t = EvalTargets.of(new int[] {4, 7}, new int[][] {{9, 3, 3, 5}, {1}}, new int[][] {{5, 2, 2}, {1}});

        assertThat(t.size()).isEqualTo(1);
        assertThat(t.heldOut(0)).containsExactly(3, 9);
        assertThat(t.excluded(0)).containsExactly(2, 5);
        assertThat(t.isHeldOut(0, 9)).isTrue();
        assertThat(t.isExcluded(0, 3)).isFalse();
        assertThat(t.droppedTargets()).isEqualTo(2);
        assertThat(t.droppedQueries()).isEqualTo(1);
    }

    @Test
    void embeddingMatrixRejectsAWrongNumberOfValues() {
        assertThatThrownBy(() -> new EmbeddingMatrix(3, 4, new float[11]))
                .hasMessageContaining("3 rows x 4 dims needs 12 values, but has 11");
    }
}
