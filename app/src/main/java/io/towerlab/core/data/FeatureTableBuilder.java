package io.towerlab.core.data;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the side features of one entity kind while files are read, then builds a
 * {@link FeatureTable} aligned with the entity dictionary. The first value given for an entity
 * and column wins; entities never given a value get none (no category, NaN, null text).
 */
public final class FeatureTableBuilder {
    private final List<String> categoricalNames;
    private final List<String> numericNames;
    private final List<String> textNames;
    private final Categorical[] categorical;
    private final float[][] numeric;
    private final String[][] text;

    public FeatureTableBuilder(List<String> categoricalNames, List<String> numericNames, List<String> textNames) {
        this.categoricalNames = List.copyOf(categoricalNames);
        this.numericNames = List.copyOf(numericNames);
        this.textNames = List.copyOf(textNames);
        categorical = new Categorical[categoricalNames.size()];
        for (int i = 0; i < categorical.length; i++) {
            categorical[i] = new Categorical();
        }
        numeric = new float[numericNames.size()][0];
        text = new String[textNames.size()][0];
    }

    public boolean isEmpty() {
        return categorical.length == 0 && numeric.length == 0 && text.length == 0;
    }

    /**
     * Sets the values of categorical column {@code column} for {@code entity} from
     * {@code a[from..to)}, split by {@code separator} (null: a single value); blanks are dropped.
     */
    public void categorical(int column, int entity, char[] a, int from, int to, String separator) {
        Categorical c = categorical[column];
        if (c.isSet(entity)) {
            return;
        }
        c.mark(entity);
        for (String value : CategoricalColumn.split(new String(a, from, to - from), separator)) {
            c.add(entity, value);
        }
    }

    /** Sets a categorical value directly. */
    public void categoricalValue(int column, int entity, String value) {
        categorical[column].add(entity, value);
        categorical[column].mark(entity);
    }

    public void numeric(int column, int entity, float value) {
        float[] values = numeric[column];
        if (entity >= values.length) {
            int old = values.length;
            values = Arrays.copyOf(values, Math.max(entity + 1, old * 3 / 2 + 16));
            Arrays.fill(values, old, values.length, Float.NaN);
            numeric[column] = values;
        }
        if (Float.isNaN(values[entity])) {
            values[entity] = value;
        }
    }

    /** Whether a text value is already set (to avoid creating a String that would be dropped). */
    public boolean hasText(int column, int entity) {
        return entity < text[column].length && text[column][entity] != null;
    }

    public void text(int column, int entity, String value) {
        String[] values = text[column];
        if (entity >= values.length) {
            values = Arrays.copyOf(values, Math.max(entity + 1, values.length * 3 / 2 + 16));
            text[column] = values;
        }
        if (values[entity] == null) {
            values[entity] = value;
        }
    }

    /** The feature table for {@code rows} entities. */
    public FeatureTable build(int rows) {
        Map<String, CategoricalColumn> categoricalColumns = new LinkedHashMap<>();
        for (int i = 0; i < categorical.length; i++) {
            categoricalColumns.put(categoricalNames.get(i), categorical[i].build(categoricalNames.get(i), rows));
        }
        Map<String, NumericColumn> numericColumns = new LinkedHashMap<>();
        for (int i = 0; i < numeric.length; i++) {
            float[] values = Arrays.copyOf(numeric[i], rows);
            if (numeric[i].length < rows) {
                Arrays.fill(values, numeric[i].length, rows, Float.NaN);
            }
            numericColumns.put(numericNames.get(i), new NumericColumn(numericNames.get(i), values));
        }
        Map<String, TextColumn> textColumns = new LinkedHashMap<>();
        for (int i = 0; i < text.length; i++) {
            textColumns.put(textNames.get(i), new TextColumn(textNames.get(i), Arrays.copyOf(text[i], rows)));
        }
        return new FeatureTable(categoricalColumns, numericColumns, textColumns);
    }

    /** (entity, code) pairs appended in any order, turned into CSR by a counting sort. */
    private static final class Categorical {
        private final IdDictionary vocabulary = new IdDictionary(64);
        private int[] entities = new int[64];
        private int[] codes = new int[64];
        private int size;
        private boolean[] set = new boolean[64];

        boolean isSet(int entity) {
            return entity < set.length && set[entity];
        }

        void mark(int entity) {
            if (entity >= set.length) {
                set = Arrays.copyOf(set, Math.max(entity + 1, set.length * 2));
            }
            set[entity] = true;
        }

        void add(int entity, String value) {
            if (value.isEmpty()) {
                return;
            }
            if (size == entities.length) {
                entities = Arrays.copyOf(entities, size * 2);
                codes = Arrays.copyOf(codes, size * 2);
            }
            entities[size] = entity;
            codes[size] = vocabulary.getOrAdd(value);
            size++;
        }

        CategoricalColumn build(String name, int rows) {
            int[] offsets = new int[rows + 1];
            for (int i = 0; i < size; i++) {
                if (entities[i] < rows) {
                    offsets[entities[i] + 1]++;
                }
            }
            for (int r = 0; r < rows; r++) {
                offsets[r + 1] += offsets[r];
            }
            int[] fill = Arrays.copyOf(offsets, rows);
            int[] ordered = new int[offsets[rows]];
            for (int i = 0; i < size; i++) {
                if (entities[i] < rows) {
                    ordered[fill[entities[i]]++] = codes[i];
                }
            }
            return new CategoricalColumn(name, vocabulary, offsets, ordered);
        }
    }
}
