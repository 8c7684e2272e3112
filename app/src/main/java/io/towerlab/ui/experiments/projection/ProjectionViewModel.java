package io.towerlab.ui.experiments.projection;

import io.towerlab.core.eval.projection.DocumentGroups;
import io.towerlab.core.eval.projection.NearestNeighbours;
import io.towerlab.core.eval.projection.Tsne;
import io.towerlab.core.eval.projection.TsneSettings;
import io.towerlab.core.train.RunDocuments;
import io.towerlab.ui.common.BackgroundJob;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.experiments.SelectedRun;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the embedding projection: the first two selected runs' documents laid out
 * by PCA at once, or by t-SNE computed in the background; the colouring; the document selected in
 * either plot (by id, so both plots highlight it) and its nearest neighbours in each run.
 */
public final class ProjectionViewModel {
    /** The most runs shown side by side. */
    public static final int MAX_RUNS = 2;
    /** Neighbours listed for a selected document. */
    public static final int NEIGHBOURS = 10;

    /** How the points are laid out. */
    public enum Method { PCA, TSNE }

    private final BackgroundTasks tasks;
    private final TsneSettings tsneSettings;
    private final ObservableList<RunProjection> projections = FXCollections.observableArrayList();
    private final Map<String, float[]> tsneLayouts = new HashMap<>();
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(Method.PCA);
    private final ObservableList<String> groupings = FXCollections.observableArrayList();
    private final StringProperty grouping = new SimpleStringProperty();
    private final StringProperty selectedId = new SimpleStringProperty();
    private final ObservableList<List<String>> neighbours = FXCollections.observableArrayList();
    private final StringProperty selectedText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty tsneProgress = new SimpleDoubleProperty(-1);
    private final BooleanProperty tsneRunning = new SimpleBooleanProperty();
    private final IntegerCounter layoutVersion = new IntegerCounter();
    private int generation;
    private BackgroundJob tsneJob;

    public ProjectionViewModel(BackgroundTasks tasks, TsneSettings tsneSettings) {
        this.tasks = tasks;
        this.tsneSettings = tsneSettings;
        method.addListener((o, a, b) -> layoutVersion.increment());
    }

    /** Loads the first {@link #MAX_RUNS} runs in the background, replacing what was shown. */
    public void show(List<SelectedRun> runs) {
        cancelTsne();
        int current = ++generation;
        projections.clear();
        tsneLayouts.clear();
        neighbours.clear();
        selectedId.set(null);
        selectedText.set("");
        method.set(Method.PCA);
        List<SelectedRun> shown = runs.subList(0, Math.min(MAX_RUNS, runs.size()));
        if (shown.isEmpty()) {
            message.set("Select one or two runs to project their document vectors.");
            return;
        }
        message.set("Loading document vectors of " + shown.size() + (shown.size() == 1 ? " run" : " runs")
                + (runs.size() > MAX_RUNS ? " (the first " + MAX_RUNS + " of " + runs.size() + " selected)" : "") + "…");
        tasks.submit("Project document vectors", context -> {
            List<RunProjection> loaded = new ArrayList<>();
            for (SelectedRun run : shown) {
                context.progress(loaded.size() / (double) shown.size(), "loading " + run.label());
                loaded.add(RunProjection.of(run, RunDocuments.load(run.folder())));
            }
            return loaded;
        }, loaded -> {
            if (current == generation) {
                loaded(loaded, runs.size());
            }
        }, error -> {
            if (current == generation) {
                message.set("Cannot project: " + error.getMessage());
            }
        });
    }

    private void loaded(List<RunProjection> loaded, int selected) {
        List<String> names = new ArrayList<>();
        for (DocumentGroups g : loaded.get(0).documents().groupings()) {
            names.add(g.name());
        }
        groupings.setAll(names);
        if (grouping.get() == null || !names.contains(grouping.get())) {
            grouping.set(names.isEmpty() ? null : names.get(0));
        }
        projections.setAll(loaded);
        int points = loaded.get(0).size();
        int total = loaded.get(0).documents().vectors().count();
        message.set(String.format(Locale.ROOT, "%,d documents%s. Hover a point to see it; click to list its neighbours.",
                points, points < total ? String.format(Locale.ROOT, " (a sample of %,d: see the sampling rule)", total) : "")
                + (selected > MAX_RUNS ? " Showing the first " + MAX_RUNS + " of " + selected + " selected runs." : ""));
        layoutVersion.increment();
    }

    /** Starts t-SNE for every shown run that has no t-SNE layout yet, one after the other. */
    public void computeTsne() {
        if (tsneRunning.get() || projections.isEmpty()) {
            return;
        }
        List<RunProjection> todo = new ArrayList<>();
        for (RunProjection p : projections) {
            if (!tsneLayouts.containsKey(p.run().summary().id())) {
                todo.add(p);
            }
        }
        method.set(Method.TSNE);
        if (todo.isEmpty()) {
            return;
        }
        int current = generation;
        tsneRunning.set(true);
        tsneProgress.set(0);
        tsneJob = tasks.submit("t-SNE of document vectors", context -> {
            for (int i = 0; i < todo.size(); i++) {
                RunProjection p = todo.get(i);
                int index = i;
                String id = p.run().summary().id();
                float[] layout = new Tsne(tsneSettings).run(p.vectors(), p.size(), p.documents().vectors().dim(),
                        (fraction, stage, partial) -> {
                            double overall = (index + fraction) / todo.size();
                            context.progress(overall, p.run().label() + ": " + stage);
                            tasks.ui().post(() -> {
                                if (current == generation) {
                                    tsneProgress.set(overall);
                                    message.set("t-SNE of " + p.run().label() + ": " + stage);
                                    if (partial != null) {
                                        tsneLayouts.put(id, partial);
                                        layoutVersion.increment();
                                    }
                                }
                            });
                        }, context::isCancelled);
                tasks.ui().post(() -> {
                    if (current == generation) {
                        tsneLayouts.put(id, layout);
                        layoutVersion.increment();
                    }
                });
            }
            return todo.size();
        }, done -> {
            if (current == generation) {
                tsneRunning.set(false);
                tsneProgress.set(-1);
                message.set("t-SNE done (perplexity " + (int) tsneSettings.perplexity() + ", "
                        + tsneSettings.iterations() + " iterations).");
            }
        }, error -> {
            if (current == generation) {
                tsneRunning.set(false);
                tsneProgress.set(-1);
                boolean cancelled = error instanceof CancellationException;
                if (cancelled) {
                    todo.forEach(p -> tsneLayouts.remove(p.run().summary().id()));
                    method.set(Method.PCA);
                }
                layoutVersion.increment();
                message.set(cancelled ? "t-SNE cancelled; showing PCA." : "t-SNE failed: " + error.getMessage());
            }
        });
    }

    public void cancelTsne() {
        if (tsneJob != null && !tsneJob.isDone()) {
            tsneJob.cancel();
        }
    }

    /** The layout to draw for a run: t-SNE when chosen and (partly) computed, else PCA. */
    public float[] layout(RunProjection p) {
        float[] tsne = tsneLayouts.get(p.run().summary().id());
        return method.get() == Method.TSNE && tsne != null ? tsne : p.pcaLayout();
    }

    /** What the drawn layout of a run is, e.g. "PCA: 7.2 % + 5.3 % of the variance". */
    public String layoutNote(RunProjection p) {
        boolean tsne = method.get() == Method.TSNE && tsneLayouts.containsKey(p.run().summary().id());
        return tsne ? String.format(Locale.ROOT, "t-SNE: perplexity %.0f, %d iterations, θ = %.1f",
                tsneSettings.perplexity(), tsneSettings.iterations(), tsneSettings.theta(p.size())) : p.pcaNote();
    }

    /** The chosen grouping of a run's documents, or null. */
    public DocumentGroups groups(RunProjection p) {
        for (DocumentGroups g : p.documents().groupings()) {
            if (g.name().equals(grouping.get())) {
                return g;
            }
        }
        return null;
    }

    /** Selects a document by id in every plot and lists its nearest neighbours in each run; null clears. */
    public void select(String id) {
        selectedId.set(id);
        List<List<String>> lists = new ArrayList<>();
        String text = "";
        for (RunProjection p : projections) {
            int row = id == null ? -1 : p.row(id);
            List<String> lines = new ArrayList<>();
            if (row >= 0) {
                text = text.isEmpty() ? p.documents().describe(row) : text;
                for (NearestNeighbours.Neighbour n : p.neighbours().of(row, NEIGHBOURS)) {
                    lines.add(String.format(Locale.ROOT, "%.3f  %s", n.score(), p.documents().describe(n.row())));
                }
            } else if (id != null) {
                lines.add("not in this run's documents");
            }
            lists.add(lines);
        }
        selectedText.set(text);
        neighbours.setAll(lists);
    }

    /** The ids of the neighbours of the selected document in a run (for highlighting), empty when none. */
    public List<String> neighbourIds(RunProjection p) {
        List<String> out = new ArrayList<>();
        String id = selectedId.get();
        int row = id == null ? -1 : p.row(id);
        if (row >= 0) {
            for (NearestNeighbours.Neighbour n : p.neighbours().of(row, NEIGHBOURS)) {
                out.add(p.documents().vectors().ids().get(n.row()));
            }
        }
        return out;
    }

    public ObservableList<RunProjection> projections() {
        return projections;
    }

    public ObjectProperty<Method> methodProperty() {
        return method;
    }

    public ObservableList<String> groupings() {
        return groupings;
    }

    public StringProperty groupingProperty() {
        return grouping;
    }

    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    public StringProperty selectedTextProperty() {
        return selectedText;
    }

    /** The nearest-neighbour lines of the selected document, one list per shown run. */
    public ObservableList<List<String>> neighbours() {
        return neighbours;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public DoubleProperty tsneProgressProperty() {
        return tsneProgress;
    }

    public BooleanProperty tsneRunningProperty() {
        return tsneRunning;
    }

    /** Changes whenever a layout changes (new runs, method, t-SNE progress): the plots redraw. */
    public javafx.beans.property.ReadOnlyIntegerProperty layoutVersionProperty() {
        return layoutVersion.property();
    }

    /** A counter property bumped to signal "redraw". */
    private static final class IntegerCounter {
        private final javafx.beans.property.SimpleIntegerProperty value = new javafx.beans.property.SimpleIntegerProperty();

        void increment() {
            value.set(value.get() + 1);
        }

        javafx.beans.property.ReadOnlyIntegerProperty property() {
            return value;
        }
    }
}
