package io.towerlab.core.data.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SearchWordsTest {
    @Test
    void everyWordSynonymAndPluralNamesOneCategory() {
        SearchVocabulary vocabulary = SearchVocabulary.standard();
        assertThat(vocabulary.categories).hasSize(20);
        Map<String, String> owner = new HashMap<>();
        for (SearchVocabulary.Category c : vocabulary.categories) {
            assertThat(c.nouns()).hasSizeGreaterThanOrEqualTo(12);
            assertThat(c.synonyms().keySet()).isSubsetOf(c.nouns());
            for (String noun : c.nouns()) {
                assertThat(owner.put(noun, c.name())).as(noun).isNull();
                assertThat(owner.put(WordForms.plural(noun), c.name())).as(WordForms.plural(noun)).isNull();
            }
            for (String word : c.modifiers()) {
                assertThat(owner.put(word, c.name())).as(word).isNull();
            }
            for (String synonym : c.synonyms().values()) {
                assertThat(owner.put(synonym, c.name())).as(synonym).isNull();
                assertThat(owner.put(WordForms.plural(synonym), c.name())).as(synonym).isNull();
            }
        }
        for (String shared : vocabulary.shared) {
            assertThat(owner).doesNotContainKey(shared);
        }
    }

    @Test
    void pluralsFollowEnglishSpelling() {
        assertThat(WordForms.plural("knife")).isEqualTo("knives");
        assertThat(WordForms.plural("mouse")).isEqualTo("mice");
        assertThat(WordForms.plural("compass")).isEqualTo("compasses");
        assertThat(WordForms.plural("toothbrush")).isEqualTo("toothbrushes");
        assertThat(WordForms.plural("canopy")).isEqualTo("canopies");
        assertThat(WordForms.plural("yoyo")).isEqualTo("yoyos");
        assertThat(WordForms.plural("pan")).isEqualTo("pans");
    }

    @Test
    void eachTypoKindIsOneEditThatKeepsTheFirstLetter() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 200; i++) {
            String ins = Typos.edit("skillet", Typos.Kind.INSERTION, random);
            String del = Typos.edit("skillet", Typos.Kind.DELETION, random);
            String sub = Typos.edit("skillet", Typos.Kind.SUBSTITUTION, random);
            String swap = Typos.edit("skillet", Typos.Kind.TRANSPOSITION, random);
            assertThat(ins).hasSize(8).startsWith("s");
            assertThat(del).hasSize(6).startsWith("s");
            assertThat(sub).hasSize(7).startsWith("s");
            assertThat(differences(sub, "skillet")).isLessThanOrEqualTo(1);
            assertThat(swap).hasSize(7).startsWith("s");
            assertThat(sorted(swap)).isEqualTo(sorted("skillet"));
            assertThat(Typos.edit("skillet", random)).isNotEqualTo("skillet");
        }
        assertThat(Typos.edit("abcd", Typos.Kind.TRANSPOSITION, new SplittableRandom(3))).isIn("acbd", "abdc");
    }

    private static int differences(String a, String b) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            n += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return n;
    }

    private static String sorted(String s) {
        char[] c = s.toCharArray();
        java.util.Arrays.sort(c);
        return new String(c);
    }
}
