package io.towerlab.ui.experiments.inspector;

import io.towerlab.ui.experiments.SelectedRun;
import java.util.List;

/**
 * One run's top-k for the chosen query, with a one-line note (how many held-out clicks it found) and,
 * for an approximate ranking, a line with the index's recall against the exact top-k (else empty).
 */
public record RankedColumn(SelectedRun run, List<RankedDocument> rows, String note, int heldOutFound,
                           String indexRecall) {
}
