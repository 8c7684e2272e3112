package io.towerlab.core.model;

/**
 * The entities one tower encodes in a batch: dense query or document indices, and for queries the
 * interaction row each came from (so a history encoder sees only what was clicked before it), or
 * -1 where there is no interaction (evaluation: the whole training history is used).
 */
public record EntityBatch(int[] entities, int[] interactionRows) {

    public int size() {
        return entities.length;
    }

    public int interactionRow(int i) {
        return interactionRows == null ? -1 : interactionRows[i];
    }
}
