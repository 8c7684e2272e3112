package io.towerlab.ui.compose;

/**
 * What is being dragged on the composer: a palette kind (to insert) or a canvas block (to reorder). Drags
 * are mouse press-drag-release gestures inside the window rather than platform drag and drop, so they work
 * the same on every desktop and in headless tests.
 */
record DragPayload(BlockKind kind, BlockRef block) {

    static DragPayload of(BlockKind kind) {
        return new DragPayload(kind, null);
    }

    static DragPayload of(BlockRef block) {
        return new DragPayload(null, block);
    }
}
