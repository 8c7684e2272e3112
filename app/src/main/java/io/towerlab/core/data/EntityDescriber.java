package io.towerlab.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Short descriptions of queries or documents for people: the original id, the text features (a
 * title, a query string) and the categorical features' values, e.g.
 * {@code "42 · Zygal Great Zyvote · category: cat-18"}.
 */
public final class EntityDescriber {
    private final IdDictionary ids;
    private final Map<String, TextColumn> text;
    private final Map<String, CategoricalColumn> categorical;

    public EntityDescriber(IdDictionary ids, FeatureTable features) {
        this.ids = ids;
        this.text = new TreeMap<>(features.text());
        this.categorical = new TreeMap<>(features.categorical());
    }

    public static EntityDescriber documents(ClickDataset dataset) {
        return new EntityDescriber(dataset.documents(), dataset.documentFeatures());
    }

    public static EntityDescriber queries(ClickDataset dataset) {
        return new EntityDescriber(dataset.queries(), dataset.queryFeatures());
    }

    public String id(int index) {
        return ids.idOf(index);
    }

    /** The text features of an entity joined, or "" when it has none. */
    public String text(int index) {
        List<String> parts = new ArrayList<>();
        for (TextColumn column : text.values()) {
            String value = column.values()[index];
            if (value != null && !value.isBlank()) {
                parts.add(value);
            }
        }
        return String.join(" · ", parts);
    }

    /** The categorical features of an entity as {@code name: value, value}, joined. */
    public String categories(int index) {
        List<String> parts = new ArrayList<>();
        for (CategoricalColumn column : categorical.values()) {
            List<String> values = new ArrayList<>();
            for (int i = column.offsets()[index]; i < column.offsets()[index + 1]; i++) {
                values.add(column.vocabulary().idOf(column.codes()[i]));
            }
            if (!values.isEmpty()) {
                parts.add(column.name() + ": " + String.join(", ", values));
            }
        }
        return String.join(" · ", parts);
    }

    /** Id, text and categories on one line. */
    public String describe(int index) {
        StringBuilder out = new StringBuilder(id(index));
        for (String part : new String[] {text(index), categories(index)}) {
            if (!part.isEmpty()) {
                out.append(" · ").append(part);
            }
        }
        return out.toString();
    }
}
