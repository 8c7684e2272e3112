package io.towerlab.core.data;

import io.towerlab.core.data.csv.CharRanges;
import io.towerlab.core.data.csv.DelimitedReader;

/** Copies the feature columns of one record into the session's feature builders. */
final class RowFeatures {
    private RowFeatures() {
    }

    static void record(DelimitedReader reader, InteractionColumns columns, int query, int document,
                       ImportSession session) {
        copy(reader, columns.queryCategorical(), columns.queryNumeric(), columns.queryText(), query,
                session.queryFeatures(), null);
        copy(reader, columns.documentCategorical(), columns.documentNumeric(), columns.documentText(), document,
                session.documentFeatures(), null);
    }

    /** Copies the given columns of the current record to {@code entity}'s features. */
    static void copy(DelimitedReader reader, int[] categorical, int[] numeric, int[] text, int entity,
                     FeatureTableBuilder features, String separator) {
        char[] a = reader.chars();
        for (int i = 0; i < categorical.length; i++) {
            int c = categorical[i];
            features.categorical(i, entity, a, reader.start(c), reader.end(c), separator);
        }
        for (int i = 0; i < numeric.length; i++) {
            int c = numeric[i];
            features.numeric(i, entity, (float) CharRanges.parseDouble(a, reader.start(c), reader.end(c)));
        }
        for (int i = 0; i < text.length; i++) {
            if (!features.hasText(i, entity)) {
                String value = reader.field(text[i]);
                features.text(i, entity, value.isEmpty() ? null : value);
            }
        }
    }
}
