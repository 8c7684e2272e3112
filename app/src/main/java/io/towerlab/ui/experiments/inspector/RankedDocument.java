package io.towerlab.ui.experiments.inspector;

/** One row of a run's ranking: rank, document id and description, similarity, and "test"/"valid" for held-out clicks. */
public record RankedDocument(int rank, String id, String description, float score, String heldOut) {

    public boolean isHeldOut() {
        return !heldOut.isEmpty();
    }
}
