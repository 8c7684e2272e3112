package io.towerlab.ui.experiments;

import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunNotes;
import io.towerlab.core.store.RunSummary;

/** One row of the runs table: a run's summary, its folder and what a person noted about it. */
public record RunRow(RunSummary summary, RunFolder folder, RunNotes notes) {

    /** The name shown: the user's label, else the experiment name. */
    public String name() {
        return notes.label() != null ? notes.label() : summary.name();
    }

    public String tags() {
        return String.join(", ", notes.tags());
    }

    public RunRow with(RunNotes changed) {
        return new RunRow(summary, folder, changed);
    }

    /** The summary with the user's label as its name, for legends. */
    public SelectedRun selected(int index) {
        RunSummary s = summary;
        RunSummary named = new RunSummary(s.id(), name(), s.status(), s.message(), s.created(), s.finished(),
                s.heartbeat(), s.loss(), s.hyperparameters(), s.metrics(), s.bestMetrics(), s.baseline(), s.device(),
                s.durationSeconds(), s.epoch(), s.bestEpoch(), s.step(), s.parent());
        return new SelectedRun(named, folder, index);
    }
}
