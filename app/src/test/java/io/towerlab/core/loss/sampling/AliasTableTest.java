package io.towerlab.core.loss.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class AliasTableTest {

    @Property(tries = 50)
    void theTableEncodesEachWeightsShareExactly(@ForAll @IntRange(min = 1, max = 40) int n, @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] w = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            w[i] = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 100;
            total += w[i];
        }
        if (total == 0) {
            w[0] = 1;
            total = 1;
        }

        AliasTable table = AliasTable.of(w);

        for (int i = 0; i < n; i++) {
            assertThat(table.probabilityOf(i)).as("item %d", i).isCloseTo(w[i] / total, within(1e-9));
        }
    }
}
