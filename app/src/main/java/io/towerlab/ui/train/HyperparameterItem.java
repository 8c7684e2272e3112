package io.towerlab.ui.train;

import com.fasterxml.jackson.databind.JsonNode;
import io.towerlab.core.spec.Hyperparameter;
import io.towerlab.core.spec.ValueKind;
import io.towerlab.ui.compose.JsonTrees;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One editable hyperparameter of the chosen spec: its registry entry (label, help, range, choices)
 * and its value as text, the way a {@code --set key=value} override writes it.
 */
public final class HyperparameterItem {
    private final Hyperparameter definition;
    private final String original;
    private final StringProperty value;

    HyperparameterItem(Hyperparameter definition, String original) {
        this.definition = definition;
        this.original = original;
        this.value = new SimpleStringProperty(original);
    }

    public Hyperparameter definition() {
        return definition;
    }

    /** The help text with the range or choices and the default, for a tooltip. */
    public String tooltip() {
        return tooltip(definition);
    }

    /** A registry entry's help text with its range or choices, default and spec key, for a tooltip. */
    public static String tooltip(Hyperparameter definition) {
        StringBuilder text = new StringBuilder(definition.help());
        if (!definition.allowed().isEmpty()) {
            text.append("\nOne of: ").append(String.join(", ", definition.allowed()));
        } else if (definition.min() != null || definition.max() != null) {
            text.append("\nRange: ").append(definition.min() == null ? "…" : Hyperparameter.number(definition.min()))
                    .append(definition.minExclusive() ? " (exclusive)" : "").append(" to ")
                    .append(definition.max() == null ? "…" : Hyperparameter.number(definition.max()));
        }
        if (definition.defaultValue() != null) {
            text.append("\nDefault: ").append(definition.defaultValue());
        }
        return text.append("\nSpec key: ").append(definition.key()).toString();
    }

    public StringProperty valueProperty() {
        return value;
    }

    public boolean isChanged() {
        return !value.get().trim().equals(original);
    }

    /** The {@code key=value} override for this item; a list is typed comma-separated and set as a JSON list. */
    public String override() {
        String text = value.get().trim();
        return definition.key() + "=" + (definition.kind() == ValueKind.CHOICE_LIST
                ? JsonTrees.parse(text, definition).toString() : text);
    }

    /** A spec value as the sheet shows it: lists comma-separated, an absent value as its default or empty. */
    static String text(JsonNode node, Hyperparameter definition) {
        if (node.isMissingNode() || node.isNull()) {
            return definition.defaultValue() == null ? "" : String.valueOf(definition.defaultValue());
        }
        return node.isArray() ? JsonTrees.text(node) : node.asText();
    }
}
