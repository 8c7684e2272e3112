package io.towerlab.core.eval.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.data.CategoricalColumn;
import io.towerlab.core.data.IdDictionary;
import org.junit.jupiter.api.Test;

class DocumentGroupsTest {

    @Test
    void popularityBucketsSplitClickedDocumentsByRankAndKeepUnclickedApart() {
        int[] clicks = new int[201];
        for (int d = 0; d < 200; d++) {
            clicks[d] = d + 1; // 1..200 clicks, document 200 never clicked
        }
        DocumentGroups groups = DocumentGroups.popularity(clicks);
        assertThat(groups.labels()).hasSize(5);
        assertThat(groups.group()[199]).isZero();        // 200 clicks: top 1 %
        assertThat(groups.group()[197]).isEqualTo(1);    // 198 clicks: top 1–10 %
        assertThat(groups.group()[150]).isEqualTo(2);    // torso
        assertThat(groups.group()[0]).isEqualTo(3);      // tail
        assertThat(groups.group()[200]).isEqualTo(4);    // never clicked
    }

    @Test
    void rareCategoriesShareOneOtherGroupBeyondTheColourLimit() {
        IdDictionary vocabulary = new IdDictionary();
        int values = DocumentGroups.MAX_GROUPS + 5;
        int rows = 0;
        int[] codes = new int[values * 3];
        int[] offsets = new int[values * 3 + 2];
        for (int v = 0; v < values; v++) {
            vocabulary.getOrAdd(String.format("c%02d", v));
            for (int copy = 0; copy < (v < DocumentGroups.MAX_GROUPS - 1 ? 3 : 1); copy++) {
                codes[rows] = v;
                offsets[rows + 1] = offsets[rows] + 1;
                rows++;
            }
        }
        offsets[rows + 1] = offsets[rows]; // one more document without a value
        CategoricalColumn column = new CategoricalColumn("category", vocabulary,
                java.util.Arrays.copyOf(offsets, rows + 2), java.util.Arrays.copyOf(codes, rows));
        DocumentGroups groups = DocumentGroups.categorical(column);
        assertThat(groups.labels()).hasSize(DocumentGroups.MAX_GROUPS);
        assertThat(groups.labels().get(DocumentGroups.MAX_GROUPS - 1)).isEqualTo("other (6 values)");
        assertThat(groups.group()[0]).isZero();                       // c00, frequent, first in the legend
        assertThat(groups.group()[rows - 1]).isEqualTo(DocumentGroups.MAX_GROUPS - 1); // a rare value
        assertThat(groups.group()[rows]).isEqualTo(-1);               // no value
    }
}
