package io.towerlab.ui.experiments;

import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunNotes;
import io.towerlab.core.store.RunReader;
import io.towerlab.core.store.RunStore;
import io.towerlab.core.store.RunSummary;
import io.towerlab.core.store.RunTrash;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.common.UserError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State and commands of the Experiments view: the store's runs as table rows (read in the background),
 * the text and column filters, the columns on offer, the runs selected for comparison, and the
 * commands to rename, tag, annotate, delete and undo a delete.
 */
public final class ExperimentsViewModel {
    private final BackgroundTasks tasks;
    private final Consumer<UserError> errors;
    private final Supplier<RunStore> store;
    private final ObservableList<RunRow> rows = FXCollections.observableArrayList();
    private final FilteredList<RunRow> filtered = new FilteredList<>(rows);
    private final ObjectProperty<List<RunColumn>> columns = new SimpleObjectProperty<>(RunColumns.of(List.of()));
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<RunColumn> filterColumn = new SimpleObjectProperty<>();
    private final StringProperty filterCondition = new SimpleStringProperty("");
    private final ObservableList<RunRow> selected = FXCollections.observableArrayList();
    private final ObservableList<SelectedRun> selectedRuns = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final List<String> deleted = new ArrayList<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final Map<RunRow, String> haystacks = new IdentityHashMap<>();

    public ExperimentsViewModel(BackgroundTasks tasks, Consumer<UserError> errors, Supplier<RunStore> store) {
        this.tasks = tasks;
        this.errors = errors;
        this.store = store;
        rows.addListener((javafx.collections.ListChangeListener<RunRow>) c -> haystacks.clear());
        columns.addListener((o, a, b) -> haystacks.clear());
        filterText.addListener((o, a, b) -> refilter());
        filterColumn.addListener((o, a, b) -> refilter());
        filterCondition.addListener((o, a, b) -> refilter());
        selected.addListener((javafx.collections.ListChangeListener<RunRow>) c -> {
            List<SelectedRun> runs = new ArrayList<>();
            for (int i = 0; i < selected.size(); i++) {
                runs.add(selected.get(i).selected(i));
            }
            selectedRuns.setAll(runs);
        });
    }

    /** Reads every run of the store, with its notes, in the background. */
    public void refresh() {
        loading.set(true);
        RunStore runs = store.get();
        tasks.submit("Reading the runs of " + runs.root(), context -> read(runs), loaded -> {
            loading.set(false);
            List<String> keep = selected.stream().map(r -> r.summary().id()).toList();
            columns.set(RunColumns.of(loaded));
            rows.setAll(loaded);
            message.set(String.format(java.util.Locale.ROOT, "%,d runs in %s", loaded.size(),
                    io.towerlab.ui.common.DisplayPaths.of(runs.root())));
            selected.setAll(loaded.stream().filter(r -> keep.contains(r.summary().id())).toList());
        }, e -> {
            loading.set(false);
            errors.accept(UserError.of("Reading the runs of " + runs.root(), e));
        });
    }

    /** The rows of a store: one summary and one notes file per run. */
    public static List<RunRow> read(RunStore runs) throws IOException {
        RunReader reader = new RunReader(runs);
        List<RunRow> out = new ArrayList<>();
        for (RunSummary s : reader.list()) {
            RunFolder folder = new RunFolder(runs.root().resolve(s.id()));
            out.add(new RunRow(s, folder, RunNotes.read(folder)));
        }
        return out;
    }

    private void refilter() {
        filtered.setPredicate(RunFilter.of(filterText.get(),
                r -> haystacks.computeIfAbsent(r, row -> RunFilter.haystack(row, columns.get())), filterColumn.get(),
                filterCondition.get()));
    }

    /** Gives a run a name of the user's; blank restores the experiment name. */
    public void rename(RunRow row, String label) {
        change(row, new RunNotes(label, row.notes().tags(), row.notes().note()));
    }

    /** Sets a run's tags from comma-separated text. */
    public void tag(RunRow row, String tags) {
        change(row, new RunNotes(row.notes().label(), RunNotes.parseTags(tags), row.notes().note()));
    }

    public void annotate(RunRow row, String note) {
        change(row, new RunNotes(row.notes().label(), row.notes().tags(), note));
    }

    private void change(RunRow row, RunNotes notes) {
        try {
            notes.write(row.folder());
        } catch (IOException e) {
            errors.accept(UserError.of("Saving the notes of run " + row.summary().id(), e));
            return;
        }
        RunRow changed = row.with(notes);
        int i = rows.indexOf(row);
        if (i >= 0) {
            rows.set(i, changed);
        }
        int s = selected.indexOf(row);
        if (s >= 0) {
            selected.set(s, changed);
        }
    }

    /** Moves runs into the store's trash; {@link #undoDelete} brings them back. */
    public void delete(List<RunRow> runs) {
        RunTrash trash = new RunTrash(store.get());
        List<String> done = new ArrayList<>();
        for (RunRow row : List.copyOf(runs)) {
            try {
                trash.delete(row.folder(), row.summary().state());
                done.add(row.summary().id());
                rows.remove(row);
                selected.remove(row);
            } catch (IOException e) {
                errors.accept(UserError.of("Deleting run " + row.summary().id(), e));
            }
        }
        if (!done.isEmpty()) {
            deleted.clear();
            deleted.addAll(done);
            canUndo.set(true);
            message.set("Deleted " + done.size() + (done.size() == 1 ? " run" : " runs") + " (moved to "
                    + trash.folder().getFileName() + " in the store): Undo brings "
                    + (done.size() == 1 ? "it" : "them") + " back");
        }
    }

    /** Restores the runs of the last delete. */
    public void undoDelete() {
        RunTrash trash = new RunTrash(store.get());
        for (String id : deleted) {
            try {
                trash.restore(id);
            } catch (IOException e) {
                errors.accept(UserError.of("Restoring run " + id, e));
            }
        }
        deleted.clear();
        canUndo.set(false);
        refresh();
    }

    public ObservableList<RunRow> rows() {
        return rows;
    }

    /** The rows passing the filters, in store order (the table sorts its own view of them). */
    public FilteredList<RunRow> filteredRows() {
        return filtered;
    }

    public ObjectProperty<List<RunColumn>> columnsProperty() {
        return columns;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<RunColumn> filterColumnProperty() {
        return filterColumn;
    }

    public StringProperty filterConditionProperty() {
        return filterCondition;
    }

    /** The rows the user selected, in table order; set by the view. */
    public ObservableList<RunRow> selected() {
        return selected;
    }

    /** The selected runs as the comparison panels see them. */
    public ObservableList<SelectedRun> selectedRuns() {
        return selectedRuns;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public Consumer<UserError> errors() {
        return errors;
    }

    public RunStore store() {
        return store.get();
    }
}
