package io.towerlab.ui.compose;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The spec being composed, as a document: its JSON tree, the edits that can be undone and redone, the file it
 * was opened from or saved to, and whether it changed since. Every edit replaces the tree with a changed copy
 * and records the old one in the {@link EditHistory}.
 */
final class SpecDocument {
    private final EditHistory history = new EditHistory();
    private final ObjectProperty<ObjectNode> tree = new SimpleObjectProperty<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();

    ObjectNode tree() {
        return tree.get();
    }

    /** Applies a change to a copy of the tree, as one undoable edit; false when it changes nothing. */
    boolean edit(Consumer<ObjectNode> change) {
        ObjectNode before = tree.get();
        ObjectNode after = before.deepCopy();
        change.accept(after);
        if (after.equals(before)) {
            return false;
        }
        history.record(before);
        dirty.set(true);
        tree.set(after);
        showHistory();
        return true;
    }

    /** Replaces the whole tree as one undoable edit; false when it is the same. */
    boolean replace(ObjectNode whole) {
        return edit(root -> {
            root.removeAll();
            root.setAll(whole);
        });
    }

    /** Goes back one edit; false when there is none. */
    boolean undo() {
        return restore(history.undo(tree.get()));
    }

    /** Goes forward one undone edit; false when there is none. */
    boolean redo() {
        return restore(history.redo(tree.get()));
    }

    private boolean restore(ObjectNode state) {
        if (state == null) {
            return false;
        }
        tree.set(state);
        dirty.set(true);
        showHistory();
        return true;
    }

    /** Starts over from a tree that cannot be undone, read from {@code from} (null for none). */
    void load(ObjectNode state, Path from) {
        history.clear();
        tree.set(state);
        file.set(from);
        dirty.set(false);
        showHistory();
    }

    /** Writes {@code text} (the tree as JSON) to {@code path}, which becomes the document's file. */
    void saveAs(Path path, String text) throws IOException {
        Files.writeString(path, text, StandardCharsets.UTF_8);
        file.set(path);
        dirty.set(false);
    }

    /** Whether nothing was done to the document yet: no edit to undo and no file. */
    boolean untouched() {
        return !history.canUndo() && file.get() == null;
    }

    private void showHistory() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    ReadOnlyObjectProperty<ObjectNode> treeProperty() {
        return tree;
    }

    BooleanProperty canUndoProperty() {
        return canUndo;
    }

    BooleanProperty canRedoProperty() {
        return canRedo;
    }

    BooleanProperty dirtyProperty() {
        return dirty;
    }

    ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }
}
