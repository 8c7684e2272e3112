package io.towerlab.core.data.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class QuickSelectTest {

    @Property(tries = 300)
    void selectsTheValueASortWouldPutAtTheIndex(@ForAll @Size(min = 1, max = 300) long @LongRange(min = -20, max = 20) [] values,
                                                @ForAll double share) {
        int k = (int) Math.min(values.length - 1, Math.abs(share) % 1 * values.length);
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        assertThat(QuickSelect.select(values.clone(), k)).isEqualTo(sorted[k]);
    }
}
