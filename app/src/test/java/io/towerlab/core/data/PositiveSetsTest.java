package io.towerlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PositiveSetsTest {

    @Test
    void collectsSortedDistinctDocumentsOfTheGivenRowsOnly() {
        InteractionsBuilder b = new InteractionsBuilder(8);
        b.add(0, 5, 1, 0);
        b.add(0, 2, 1, 1);
        b.add(1, 3, 1, 2);
        b.add(0, 5, 1, 3);
        b.add(2, 7, 1, 4);
        Interactions log = b.build();

        PositiveSets sets = PositiveSets.of(log, new int[] {0, 1, 2, 3}, 3);

        assertThat(sets.of(0)).containsExactly(2, 5);
        assertThat(sets.of(1)).containsExactly(3);
        assertThat(sets.of(2)).isEmpty();
        assertThat(sets.contains(0, 5)).isTrue();
        assertThat(sets.contains(2, 7)).isFalse();
    }
}
