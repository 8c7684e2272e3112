package io.towerlab.ui.experiments.inspector;

import io.towerlab.ui.experiments.SelectedRun;
import java.util.List;

/** One run's top-k for the chosen query, with a one-line note (how many held-out clicks it found). */
public record RankedColumn(SelectedRun run, List<RankedDocument> rows, String note, int heldOutFound) {
}
