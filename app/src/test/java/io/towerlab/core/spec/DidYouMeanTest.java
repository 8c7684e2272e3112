package io.towerlab.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void transpositionCountsAsOneEdit() {
        assertThat(DidYouMean.distance("bacthSize", "batchSize")).isEqualTo(1);
        assertThat(DidYouMean.closest("bacthSize", List.of("epochs", "batchSize"))).hasValue("batchSize");
    }

    @Test
    void caseIsIgnored() {
        assertThat(DidYouMean.closest("batchsize", List.of("epochs", "batchSize"))).hasValue("batchSize");
    }

    @Test
    void distantWordsGetNoSuggestion() {
        assertThat(DidYouMean.closest("ks", List.of("lr", "type"))).isEmpty();
        assertThat(DidYouMean.closest("learningRate", List.of("type", "lr", "weightDecay"))).isEmpty();
    }

    @Property(tries = 200)
    void distanceIsSymmetricAndZeroOnlyForEqualWords(@ForAll @AlphaChars @StringLength(max = 8) String a,
                                                      @ForAll @AlphaChars @StringLength(max = 8) String b) {
        assertThat(DidYouMean.distance(a, b)).isEqualTo(DidYouMean.distance(b, a));
        assertThat(DidYouMean.distance(a, b) == 0).isEqualTo(a.equals(b));
        assertThat(DidYouMean.distance(a, b)).isLessThanOrEqualTo(Math.max(a.length(), b.length()));
    }
}
