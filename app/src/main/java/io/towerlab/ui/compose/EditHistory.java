package io.towerlab.ui.compose;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo and redo for the composer: the spec tree before each edit, kept whole (a spec is a few kilobytes,
 * so snapshots are simpler and safer than inverse operations), at most {@value #LIMIT} steps back.
 */
final class EditHistory {
    static final int LIMIT = 200;

    private final Deque<ObjectNode> undo = new ArrayDeque<>();
    private final Deque<ObjectNode> redo = new ArrayDeque<>();

    /** Records the state before an edit; a new edit drops what could be redone. */
    void record(ObjectNode before) {
        undo.push(before);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The state to return to, given the current one (kept for redo); null when there is nothing to undo. */
    ObjectNode undo(ObjectNode current) {
        if (undo.isEmpty()) {
            return null;
        }
        redo.push(current);
        return undo.pop();
    }

    ObjectNode redo(ObjectNode current) {
        if (redo.isEmpty()) {
            return null;
        }
        undo.push(current);
        return redo.pop();
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
