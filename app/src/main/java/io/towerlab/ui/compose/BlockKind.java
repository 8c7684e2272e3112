package io.towerlab.ui.compose;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.towerlab.core.spec.Hyperparameter;
import io.towerlab.core.spec.HyperparameterRegistry;
import java.util.List;

/**
 * The blocks of the composer's palette: a tower's inputs (one JSON {@code "type"} of the spec's
 * {@code inputs} each), its layers, and the final L2 normalisation (the tower's {@code normalize} flag). A
 * new block holds the registry's defaults for every key of its kind, and a column of the kind it reads.
 */
public enum BlockKind {
    ID("id", "ID embedding", Slot.INPUT, ColumnKind.NONE, "mdi2i-identifier"),
    CATEGORICAL("categorical", "Category embedding", Slot.INPUT, ColumnKind.CATEGORICAL, "mdi2s-shape-outline"),
    NUMERIC("numeric", "Numeric feature", Slot.INPUT, ColumnKind.NUMERIC, "mdi2n-numeric"),
    HISTORY("history", "Click history", Slot.INPUT, ColumnKind.NONE, "mdi2h-history"),
    TRIGRAM("trigram", "Letter trigrams", Slot.INPUT, ColumnKind.TEXT, "mdi2p-pound"),
    TOKENS("tokens", "Word embeddings", Slot.INPUT, ColumnKind.TEXT, "mdi2f-format-text"),
    TRANSFORMER("transformer", "Transformer", Slot.INPUT, ColumnKind.TEXT, "mdi2t-transit-connection"),
    PRETRAINED("pretrained", "Pretrained encoder", Slot.INPUT, ColumnKind.TEXT, "mdi2b-brain"),
    DENSE("dense", "Dense", Slot.LAYER, ColumnKind.NONE, "mdi2v-view-sequential"),
    DROPOUT("dropout", "Dropout", Slot.LAYER, ColumnKind.NONE, "mdi2d-dots-grid"),
    LAYERNORM("layernorm", "Layer norm", Slot.LAYER, ColumnKind.NONE, "mdi2s-sigma"),
    NORMALIZE("normalize", "L2 normalise", Slot.OUTPUT, ColumnKind.NONE, "mdi2c-circle-outline");

    /** Where a block goes in a tower. */
    public enum Slot { INPUT, LAYER, OUTPUT }

    /** The kind of column an input reads, which decides the columns it is offered. */
    public enum ColumnKind { NONE, TEXT, CATEGORICAL, NUMERIC }

    private final String type;
    private final String title;
    private final Slot slot;
    private final ColumnKind column;
    private final String icon;

    BlockKind(String type, String title, Slot slot, ColumnKind column, String icon) {
        this.type = type;
        this.title = title;
        this.slot = slot;
        this.column = column;
        this.icon = icon;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Slot slot() {
        return slot;
    }

    public ColumnKind columnKind() {
        return column;
    }

    public String icon() {
        return icon;
    }

    /** The registry prefix of this kind's keys, e.g. {@code inputs.trigram.}. */
    public String registryPrefix() {
        return (slot == Slot.INPUT ? "inputs." : "layers.") + type + ".";
    }

    /** The registry entries of this kind's keys, in registry order. */
    public List<Hyperparameter> settings(HyperparameterRegistry registry) {
        return slot == Slot.OUTPUT ? List.of()
                : registry.all().stream().filter(h -> h.key().startsWith(registryPrefix())).toList();
    }

    /** A new block's JSON: its type, its column (when it reads one), then every key's default. */
    public ObjectNode newNode(HyperparameterRegistry registry, String columnName) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", type);
        if (column != ColumnKind.NONE) {
            node.put("column", columnName == null ? "" : columnName);
        }
        if (this == PRETRAINED) {
            node.put("path", "");
        }
        for (Hyperparameter setting : settings(registry)) {
            String key = setting.key().substring(registryPrefix().length());
            node.set(key, JsonTrees.value(setting.defaultValue()));
        }
        return node;
    }

    /** The kind of a spec JSON {@code type} in a slot, or null. */
    public static BlockKind of(Slot slot, String type) {
        for (BlockKind kind : values()) {
            if (kind.slot == slot && kind.type.equals(type)) {
                return kind;
            }
        }
        return null;
    }
}
