package io.towerlab.ui.compose;

import javafx.scene.Cursor;
import javafx.scene.Node;

/** The one drag in progress on the composer, shared by the palette (source), blocks and tower columns. */
final class DragState {
    private DragPayload payload;

    /** Starts a full press-drag-release gesture from {@code source} carrying {@code what}. */
    void start(Node source, DragPayload what) {
        payload = what;
        source.startFullDrag();
        source.getScene().setCursor(Cursor.CLOSED_HAND);
    }

    DragPayload payload() {
        return payload;
    }

    void end(Node any) {
        payload = null;
        if (any.getScene() != null) {
            any.getScene().setCursor(Cursor.DEFAULT);
        }
    }
}
