package io.towerlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class IdInternerTest {

    @Test
    void integerLookalikesWithLeadingZerosOrSignsAreDistinctIds() {
        IdInterner interner = new IdInterner(new IdDictionary());
        int seven = interner.intern("7");
        assertThat(interner.intern("007")).isNotEqualTo(seven);
        assertThat(interner.intern("+7")).isNotEqualTo(seven);
        assertThat(interner.intern("7")).isEqualTo(seven);
        assertThat(interner.dictionary().size()).isEqualTo(3);
    }

    @Test
    void idsAlreadyInTheDictionaryKeepTheirIndex() {
        IdDictionary dictionary = new IdDictionary();
        dictionary.getOrAdd("a");
        dictionary.getOrAdd("42");
        IdInterner interner = new IdInterner(dictionary);
        assertThat(interner.intern("42")).isEqualTo(1);
        assertThat(interner.intern("a")).isZero();
        assertThat(interner.intern("b")).isEqualTo(2);
    }

    @Property(tries = 50)
    void agreesWithTheDictionaryOnEveryId(@ForAll List<@StringLength(max = 6) String> ids) {
        IdDictionary plain = new IdDictionary();
        IdInterner interner = new IdInterner(new IdDictionary());
        List<Integer> expected = new ArrayList<>();
        List<Integer> actual = new ArrayList<>();
        for (String id : ids) {
            expected.add(plain.getOrAdd(id));
            actual.add(interner.intern(id));
        }
        for (int i = 0; i < 5000; i++) {
            String id = Integer.toString(i % 3000);
            expected.add(plain.getOrAdd(id));
            actual.add(interner.intern(id));
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(interner.dictionary().size()).isEqualTo(plain.size());
    }
}
