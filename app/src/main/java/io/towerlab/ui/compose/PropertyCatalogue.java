package io.towerlab.ui.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.towerlab.core.spec.Hyperparameter;
import io.towerlab.core.spec.HyperparameterRegistry;
import io.towerlab.core.spec.ValueKind;
import io.towerlab.ui.train.HyperparameterItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Which settings the property sheet offers for a block, read from the spec tree with their registry entries:
 * an input's column (only the columns that fit) and its kind's keys, a layer's keys, the head's similarity,
 * the loss with only the options its type uses and its sampler, the fine-tuning start, and, with no block
 * selected, the experiment's name and main training settings.
 */
final class PropertyCatalogue {
    static final List<String> EXPERIMENT_KEYS = List.of("training.epochs", "training.batchSize", "optimizer.type",
            "optimizer.lr", "optimizer.weightDecay", "training.seed");

    private final HyperparameterRegistry registry;

    PropertyCatalogue(HyperparameterRegistry registry) {
        this.registry = registry;
    }

    List<BlockProperty> of(ObjectNode root, BlockRef block, Columns columns) {
        List<BlockProperty> out = new ArrayList<>();
        if (block == null) {
            out.add(text(root, "name", "Experiment name", "The name of the runs this spec makes."));
            EXPERIMENT_KEYS.forEach(key -> out.add(registered(root, key, key)));
            return out;
        }
        switch (block.part()) {
            case INPUTS, LAYERS -> towerBlock(root, block, columns, out);
            case SIMILARITY -> List.of("type", "temperature", "learnTemperature", "maxLogitScale")
                    .forEach(k -> out.add(registered(root, "similarity." + k, "similarity." + k)));
            case LOSS -> loss(root, out);
            case INIT -> {
                out.add(text(root, "init.run", "Parent run", "A run id, a run folder, or latest:<experiment name>."));
                out.add(registered(root, "init.towers", "init.towers"));
                out.add(registered(root, "init.freeze", "init.freeze"));
            }
            case NORMALIZE -> { }
        }
        return out;
    }

    private void towerBlock(ObjectNode root, BlockRef block, Columns columns, List<BlockProperty> out) {
        ObjectNode node = JsonTrees.at(root, block.path());
        BlockKind kind = node == null ? null : BlockKind.of(block.part() == BlockRef.Part.INPUTS
                ? BlockKind.Slot.INPUT : BlockKind.Slot.LAYER, node.path("type").asText());
        if (kind == null) {
            return;
        }
        String at = block.path() + ".";
        if (kind.columnKind() != BlockKind.ColumnKind.NONE) {
            String entities = block.tower().equals(BlockRef.QUERY) ? "queries" : "documents";
            out.add(new BlockProperty(at + "column", "Column", JsonTrees.text(node.get("column")), null,
                    columns.fitting(block.tower(), kind.columnKind()), "The " + kind.columnKind().name()
                    .toLowerCase(java.util.Locale.ROOT) + " column of the " + entities + " this input reads."));
        }
        if (kind == BlockKind.PRETRAINED) {
            out.add(new BlockProperty(at + "path", "Model folder", JsonTrees.text(node.get("path")), null, List.of(),
                    "A folder with a TorchScript model.pt and its vocab.txt."));
        }
        for (Hyperparameter setting : kind.settings(registry)) {
            out.add(registered(root, at + setting.key().substring(kind.registryPrefix().length()), setting.key()));
        }
    }

    private void loss(ObjectNode root, List<BlockProperty> out) {
        out.add(registered(root, "loss.type", "loss.type"));
        String type = root.path("loss").path("type").asText();
        if (type.equals("fps")) {
            List.of("symmetric", "logQ", "maskAccidentalHits").forEach(k -> out.add(registered(root, "loss." + k,
                    "loss." + k)));
            return;
        }
        if (type.equals("triplet")) {
            out.add(registered(root, "loss.margin", "loss.margin"));
        }
        out.add(registered(root, "negatives.sampler", "negatives.sampler"));
        out.add(registered(root, "negatives.count", "negatives.count"));
        String sampler = root.path("negatives").path("sampler").asText();
        if (sampler.equals("popularity")) {
            out.add(registered(root, "negatives.alpha", "negatives.alpha"));
        } else if (sampler.equals("hard")) {
            out.add(registered(root, "negatives.hardPoolSize", "negatives.hardPoolSize"));
            out.add(registered(root, "negatives.hardMix", "negatives.hardMix"));
        }
    }

    /** The registry entry behind a JSON path, e.g. {@code inputs.trigram.dim} for {@code queryTower.inputs[0].dim}. */
    Hyperparameter definitionFor(ObjectNode root, String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(queryTower|docTower)\\.(inputs|layers)\\[(\\d+)]\\.(\\w+)")
                .matcher(path);
        String key = path;
        if (m.matches()) {
            String type = root.path(m.group(1)).path(m.group(2)).path(Integer.parseInt(m.group(3))).path("type").asText();
            key = m.group(2) + "." + type + "." + m.group(4);
        } else if (path.matches("(queryTower|docTower)\\.normalize")) {
            key = "tower.normalize";
        }
        return registry.find(key).orElse(null);
    }

    private BlockProperty registered(ObjectNode root, String path, String key) {
        Hyperparameter setting = registry.get(key);
        JsonNode value = valueAt(root, path);
        String text = value == null || value.isMissingNode() ? JsonTrees.text(JsonTrees.value(setting.defaultValue()))
                : JsonTrees.text(value);
        List<String> choices = setting.kind() == ValueKind.CHOICE ? setting.allowed().stream()
                .filter(c -> !c.matches(".*[:@][A-Z]")).toList() : List.of();
        return new BlockProperty(path, setting.label(), text, setting, choices, HyperparameterItem.tooltip(setting));
    }

    private static BlockProperty text(ObjectNode root, String path, String label, String help) {
        JsonNode value = valueAt(root, path);
        return new BlockProperty(path, label, JsonTrees.text(value), null, List.of(), help + "\nSpec key: " + path);
    }

    static JsonNode valueAt(ObjectNode root, String path) {
        int dot = path.lastIndexOf('.');
        ObjectNode parent = dot < 0 ? root : JsonTrees.at(root, path.substring(0, dot));
        return parent == null ? null : parent.get(path.substring(dot + 1));
    }
}
