package io.towerlab.ui.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.towerlab.core.spec.HyperparameterRegistry;

/**
 * The composer's edit operations on a spec tree, each changing the given tree in place (the view model gives
 * them a copy and keeps the original for undo). Indices out of range are ignored, so a stale gesture cannot
 * break the spec.
 */
final class ComposerEdits {
    private final HyperparameterRegistry registry;

    ComposerEdits(HyperparameterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Puts a new block of {@code kind} into a tower: an input at {@code index} of the inputs, a layer at
     * {@code index} of the layers (either clamped to the list), or the final normalisation.
     */
    void insert(ObjectNode root, String tower, BlockKind kind, int index, String column) {
        ObjectNode towerNode = tower(root, tower);
        if (kind.slot() == BlockKind.Slot.OUTPUT) {
            towerNode.put("normalize", true);
            return;
        }
        ArrayNode list = list(towerNode, kind.slot() == BlockKind.Slot.INPUT ? "inputs" : "layers");
        list.insert(clamp(index, list.size()), kind.newNode(registry, column));
    }

    /** Moves an input or layer to another index of the same list. */
    void move(ObjectNode root, BlockRef block, int to) {
        ArrayNode list = listOf(root, block);
        if (list == null || block.index() < 0 || block.index() >= list.size()) {
            return;
        }
        JsonNode node = list.remove(block.index());
        list.insert(clamp(to, list.size()), node);
    }

    /** Removes a block; the normalisation block sets {@code normalize} to false; head nodes stay. */
    void delete(ObjectNode root, BlockRef block) {
        if (block.part() == BlockRef.Part.NORMALIZE) {
            tower(root, block.tower()).put("normalize", false);
        } else if (block.part() == BlockRef.Part.INIT) {
            root.remove("init");
        } else {
            ArrayNode list = listOf(root, block);
            if (list != null && block.index() >= 0 && block.index() < list.size()) {
                list.remove(block.index());
            }
        }
    }

    /** Puts a copy of an input or layer right after it. */
    void duplicate(ObjectNode root, BlockRef block) {
        ArrayNode list = listOf(root, block);
        if (list != null && block.index() >= 0 && block.index() < list.size()) {
            list.insert(block.index() + 1, list.get(block.index()).deepCopy());
        }
    }

    /**
     * Sets the value at a JSON path such as {@code docTower.layers[1].units}, {@code negatives.count} or
     * {@code name}; a missing section ({@code negatives}, {@code init}) is created, a missing list element is not.
     */
    void set(ObjectNode root, String path, JsonNode value) {
        int dot = path.lastIndexOf('.');
        ObjectNode parent = root;
        if (dot >= 0) {
            String parentPath = path.substring(0, dot);
            parent = JsonTrees.at(root, parentPath);
            if (parent == null && !parentPath.contains("[") && !parentPath.contains(".")) {
                parent = root.putObject(parentPath);
            }
        }
        if (parent != null) {
            parent.set(path.substring(dot + 1), value);
        }
    }

    private static ObjectNode tower(ObjectNode root, String tower) {
        JsonNode node = root.get(tower);
        return node instanceof ObjectNode object ? object : root.putObject(tower);
    }

    private static ArrayNode list(ObjectNode tower, String key) {
        JsonNode node = tower.get(key);
        return node instanceof ArrayNode array ? array : tower.putArray(key);
    }

    private static ArrayNode listOf(ObjectNode root, BlockRef block) {
        if (!block.movable()) {
            return null;
        }
        JsonNode node = root.path(block.tower()).path(block.part() == BlockRef.Part.INPUTS ? "inputs" : "layers");
        return node instanceof ArrayNode array ? array : null;
    }

    private static int clamp(int index, int size) {
        return index < 0 ? size : Math.min(index, size);
    }
}
