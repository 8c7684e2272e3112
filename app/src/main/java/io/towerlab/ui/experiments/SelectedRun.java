package io.towerlab.ui.experiments;

import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunSummary;

/**
 * A run selected for comparison: its summary, its folder in the store, and its position in the
 * selection, which fixes its colour and dash in every panel so one run looks the same everywhere.
 */
public record SelectedRun(RunSummary summary, RunFolder folder, int index) {

    /** The label shown in legends: the run's name and id. */
    public String label() {
        return summary.name() + " (" + summary.id() + ")";
    }
}
