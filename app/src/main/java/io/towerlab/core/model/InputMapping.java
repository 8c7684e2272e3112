package io.towerlab.core.model;

import io.towerlab.core.data.CategoricalColumn;
import io.towerlab.core.data.IdDictionary;
import io.towerlab.core.data.NumericColumn;
import io.towerlab.core.data.csv.CharRanges;
import io.towerlab.core.model.text.LetterTrigramHasher;
import io.towerlab.core.model.text.TextRows;
import io.towerlab.core.model.text.WordVocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * How one encoder turns an entity's raw values into its input: the column it reads and what training fixed
 * (a categorical column's values, a word vocabulary, a numeric column's mean and deviation, the trigram
 * hashing settings, the id dictionary). Training builds the encoders' inputs through these, and a run keeps
 * its document tower's mappings so that documents it never saw can be embedded from their own columns.
 */
public sealed interface InputMapping {

    /** The column the encoder reads, or null for the entity's own id. */
    String column();

    /** The entity's own id: a row of the id table for an id training saw, none for a new one. */
    record Id(IdDictionary ids) implements InputMapping {
        @Override
        public String column() {
            return null;
        }
    }

    /**
     * A categorical column: each value's row is its index in {@code values}; a value training never saw has no
     * row and is left out, as a row without values is (its part of the input is zero).
     *
     * @param separator how a cell lists several values (a multi-valued column), or null for one value per cell
     */
    record Categorical(String column, IdDictionary values, String separator) implements InputMapping {

        /** The cells as a column coded by the training values. */
        public CategoricalColumn encode(String[] cells) {
            int[] offsets = new int[cells.length + 1];
            List<Integer> codes = new ArrayList<>();
            for (int r = 0; r < cells.length; r++) {
                for (String value : CategoricalColumn.split(cells[r], separator)) {
                    int code = values.indexOf(value);
                    if (code >= 0) {
                        codes.add(code);
                    }
                }
                offsets[r + 1] = codes.size();
            }
            return new CategoricalColumn(column, values, offsets, codes.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** A numeric column standardised by the training rows' mean and standard deviation. */
    record Numeric(String column, float mean, float std) implements InputMapping {

        /** The cells read as numbers the way a dataset's cells are; blank or unreadable cells are missing (NaN). */
        public NumericColumn encode(String[] cells) {
            float[] values = new float[cells.length];
            for (int r = 0; r < cells.length; r++) {
                char[] a = cells[r] == null ? new char[0] : cells[r].toCharArray();
                values[r] = (float) CharRanges.parseDouble(a, 0, a.length);
            }
            return new NumericColumn(column, values);
        }
    }

    /** A text column: each text becomes table rows. */
    sealed interface Text extends InputMapping permits Trigram, Words {
        TextRows rows(String[] texts);
    }

    /** A text hashed into letter-trigram buckets: no vocabulary, any text has buckets. */
    record Trigram(String column, int buckets, boolean wordBigrams) implements Text {

        @Override
        public TextRows rows(String[] texts) {
            return TextRows.bags(texts, new LetterTrigramHasher(buckets, wordBigrams)::hash);
        }
    }

    /**
     * A text as word ids of the training vocabulary, cut to {@code maxLength}; an unknown word gets the
     * vocabulary's unknown id, whose row is learned.
     *
     * @param transformer the ids of a transformer input: never empty, {@code [CLS]} first when pooling it
     */
    record Words(String column, WordVocabulary vocabulary, int maxLength, boolean transformer, boolean firstToken)
            implements Text {

        @Override
        public TextRows rows(String[] texts) {
            return TextRows.sequences(texts, transformer ? this::transformerIds : t -> vocabulary.encode(t, maxLength));
        }

        private int[] transformerIds(String text) {
            int[] words = vocabulary.encode(text, firstToken ? maxLength - 1 : maxLength);
            if (!firstToken && words.length > 0) {
                return words;
            }
            int[] out = new int[words.length + 1];
            out[0] = firstToken ? WordVocabulary.CLS_ID : WordVocabulary.UNKNOWN_ID;
            System.arraycopy(words, 0, out, 1, words.length);
            return out;
        }
    }
}
