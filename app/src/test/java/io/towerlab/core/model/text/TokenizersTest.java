package io.towerlab.core.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizersTest {

    @Test
    void wordsAreLowerCasedRunsOfLettersAndDigits() {
        assertThat(Words.of("Red-Shoes, size 42!  Ärmel")).containsExactly("red", "shoes", "size", "42", "ärmel");
        assertThat(Words.of(null)).isEmpty();
        assertThat(Words.of(" ,; ")).isEmpty();
    }

    @Test
    void vocabularyKeepsFrequentWordsByCountThenAlphabetically() {
        WordVocabulary vocabulary = WordVocabulary.build(
                List.of("red shoe", "blue shoe", "red boot", "green shoe", "rare"), 2, 1);

        assertThat(vocabulary.size()).isEqualTo(4);
        assertThat(vocabulary.word(WordVocabulary.UNKNOWN_ID)).isEqualTo("[UNK]");
        assertThat(vocabulary.word(2)).isEqualTo("shoe");
        assertThat(vocabulary.word(3)).isEqualTo("red");
        assertThat(vocabulary.encode("Red blue shoe", 10)).containsExactly(3, WordVocabulary.UNKNOWN_ID, 2);
    }

    @Test
    void wordsBelowTheMinimumCountAreUnknownAndTextsAreCutToMaxLength() {
        WordVocabulary vocabulary = WordVocabulary.build(List.of("a b", "a c", "a"), 100, 2);

        assertThat(vocabulary.wordCount()).isEqualTo(1);
        assertThat(vocabulary.encode("a b a a", 3)).containsExactly(2, 0, 2);
    }

    @Test
    void wordPieceTakesTheLongestPiecesFromTheLeftAndFramesWithClsAndSep() {
        WordPieceTokenizer tokenizer = new WordPieceTokenizer(
                List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "run", "##ning", "##n", "##ing", "shoe", "##s"));

        assertThat(tokenizer.encode("Running shoes", 16)).containsExactly(2, 4, 5, 8, 9, 3);
        assertThat(tokenizer.encode("xyz shoe", 16)).containsExactly(2, 1, 8, 3);
        assertThat(tokenizer.encode("running shoes", 4)).containsExactly(2, 4, 5, 3);
        assertThat(tokenizer.padId()).isZero();
    }
}
