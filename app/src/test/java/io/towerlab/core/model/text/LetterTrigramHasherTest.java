package io.towerlab.core.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LetterTrigramHasherTest {
    private final LetterTrigramHasher hasher = new LetterTrigramHasher(30_000, false);

    @Test
    void fnv1aMatchesThePublishedTestVectors() {
        assertThat(LetterTrigramHasher.fnv1a32(new byte[0])).isEqualTo(0x811c9dc5);
        assertThat(LetterTrigramHasher.fnv1a32("a".getBytes(StandardCharsets.UTF_8))).isEqualTo(0xe40c292c);
        assertThat(LetterTrigramHasher.fnv1a32("foobar".getBytes(StandardCharsets.UTF_8))).isEqualTo(0xbf9cf968);
    }

    @Test
    void aWordIsWrappedInHashesAndCutIntoItsLetterTrigrams() {
        // #good# -> #go goo ood od#, FNV-1a-32 as unsigned mod 30000
        assertThat(hasher.hash("good")).containsExactly(15376, 25916, 6101, 8199);
    }

    @Test
    void textIsLowerCasedAndSplitIntoWords() {
        assertThat(hasher.hash("  RED, good!")).containsExactly(20687, 15596, 24317, 15376, 25916, 6101, 8199);
    }

    @Test
    void lettersAreCodePointsSoCyrillicTrigramsAreThreeLetters() {
        assertThat(hasher.hash("Дом")).containsExactly(29044, 12843, 5268);
    }

    @Test
    void wordBigramsGoIntoTheSameBucketsAfterTheTrigrams() {
        int[] buckets = new LetterTrigramHasher(30_000, true).hash("red shoes");
        assertThat(buckets).hasSize(3 + 5 + 1);
        assertThat(buckets[buckets.length - 1]).isEqualTo(17820);
    }

    @Test
    void aTypoKeepsMostTrigrams() {
        TextRows rows = TextRows.bags(new String[] {"running shoes", "runing shoes"}, hasher::hash);
        int shared = 0;
        for (int i = rows.offsets()[0]; i < rows.offsets()[1]; i++) {
            for (int j = rows.offsets()[1]; j < rows.offsets()[2]; j++) {
                shared += rows.ids()[i] == rows.ids()[j] ? 1 : 0;
            }
        }
        assertThat(shared).isGreaterThanOrEqualTo(10);
    }

    @Test
    void bagsCountRepeatedBuckets() {
        TextRows rows = TextRows.bags(new String[] {"aa aa", null}, new LetterTrigramHasher(1000, false)::hash);
        // #aa# -> #aa, aa# twice each
        assertThat(rows.length(0)).isEqualTo(2);
        assertThat(rows.counts()).containsExactly(2f, 2f);
        assertThat(rows.length(1)).isZero();
    }
}
