package io.towerlab.ui.experiments.inspector;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.EntityDescriber;
import io.towerlab.core.train.SavedRunRanker;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.experiments.SelectedRun;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the query inspector: each selected run's model is loaded once in the
 * background (kept while the run stays selected); the user finds a query by id or text, or draws one
 * at random from the test split; each run's top-k for it is ranked in the background and shown side
 * by side with the held-out clicks marked, beside the query's training history. Ranking is exact by
 * default; in approximate mode each run searches an HNSW index over its document vectors (built
 * once, in the background) and shows its recall against the exact top-k for the query.
 */
public final class QueryInspectorViewModel {
    /** The most matches a search lists. */
    public static final int MAX_MATCHES = 200;

    /** A query found by a search: its id and a description. */
    public record QueryChoice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final BackgroundTasks tasks;
    private final Map<String, InspectedRun> loaded = new HashMap<>();
    private final ObservableList<InspectedRun> shown = FXCollections.observableArrayList();
    private final ObservableList<QueryChoice> matches = FXCollections.observableArrayList();
    private final ObservableList<RankedColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final SimpleStringProperty query = new SimpleStringProperty();
    private final SimpleStringProperty queryText = new SimpleStringProperty("");
    private final SimpleStringProperty message = new SimpleStringProperty("");
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final IntegerProperty k = new SimpleIntegerProperty(10);
    private final BooleanProperty approximate = new SimpleBooleanProperty(false);
    private final SplittableRandom random;
    private int generation;

    public QueryInspectorViewModel(BackgroundTasks tasks, long seed) {
        this.tasks = tasks;
        this.random = new SplittableRandom(seed);
        approximate.addListener((o, a, b) -> {
            if (query.get() != null) {
                choose(query.get());
            }
        });
    }

    /** Loads the models of newly selected runs in the background; releases those no longer selected. */
    public void show(List<SelectedRun> runs) {
        int current = ++generation;
        shown.clear();
        columns.clear();
        List<String> ids = runs.stream().map(r -> r.summary().id()).toList();
        List<InspectedRun> dropped = new ArrayList<>();
        loaded.entrySet().removeIf(e -> {
            boolean drop = !ids.contains(e.getKey());
            if (drop) {
                dropped.add(e.getValue());
            }
            return drop;
        });
        if (!dropped.isEmpty()) {
            tasks.submit("Release models", c -> {
                dropped.forEach(InspectedRun::close);
                return null;
            }, x -> { }, e -> { });
        }
        if (runs.isEmpty()) {
            message.set("Select runs to compare their rankings for one query.");
            return;
        }
        busy.set(true);
        message.set("Loading the models of " + runs.size() + (runs.size() == 1 ? " run" : " runs") + "…");
        Map<String, InspectedRun> have = Map.copyOf(loaded);
        tasks.submit("Load models for the query inspector", context -> {
            List<InspectedRun> out = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (SelectedRun run : runs) {
                context.progress(out.size() / (double) runs.size(), "loading " + run.label());
                InspectedRun known = have.get(run.summary().id());
                try {
                    out.add(known != null ? known : new InspectedRun(run, SavedRunRanker.open(run.folder())));
                } catch (Exception e) {
                    problems.add(run.label() + ": " + e.getMessage());
                }
            }
            return new Loaded(out, problems);
        }, result -> {
            if (current != generation) {
                result.runs().stream().filter(r -> !loaded.containsValue(r)).forEach(InspectedRun::close);
                return;
            }
            busy.set(false);
            result.runs().forEach(r -> loaded.put(r.run().summary().id(), r));
            shown.setAll(result.runs());
            message.set(result.problems().isEmpty() ? "Search a query by id or text, or draw one from the test split."
                    : "Not shown: " + String.join("; ", result.problems()));
            if (query.get() != null) {
                choose(query.get());
            }
        }, error -> {
            if (current == generation) {
                busy.set(false);
                message.set("Cannot load the models: " + error.getMessage());
            }
        });
    }

    private record Loaded(List<InspectedRun> runs, List<String> problems) {
    }

    /** Lists queries of the first run's dataset whose id starts with, or whose text contains, {@code text}. */
    public void search(String text) {
        matches.clear();
        if (shown.isEmpty()) {
            return;
        }
        ClickDataset dataset = shown.get(0).dataset();
        EntityDescriber describer = EntityDescriber.queries(dataset);
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<QueryChoice> found = new ArrayList<>();
        int exact = -1;
        for (int q = 0; q < dataset.queryCount() && found.size() < MAX_MATCHES; q++) {
            String id = describer.id(q);
            boolean match = needle.isEmpty() || id.toLowerCase(Locale.ROOT).startsWith(needle)
                    || describer.text(q).toLowerCase(Locale.ROOT).contains(needle);
            if (match) {
                if (id.equalsIgnoreCase(needle)) {
                    exact = found.size();
                }
                found.add(new QueryChoice(id, describer.describe(q)));
            }
        }
        if (exact > 0) {
            found.add(0, found.remove(exact));
        }
        matches.setAll(found);
        message.set(found.isEmpty() ? "No query matches \"" + text + "\"."
                : found.size() + (found.size() == MAX_MATCHES ? "+" : "") + " matching queries.");
    }

    /** Picks a query with held-out test clicks at random and inspects it. */
    public void randomTestQuery() {
        if (shown.isEmpty()) {
            return;
        }
        int[] candidates = shown.get(0).testQueries();
        if (candidates.length == 0) {
            message.set("The test split of " + shown.get(0).run().label() + " has no queries.");
            return;
        }
        choose(shown.get(0).dataset().queries().idOf(candidates[random.nextInt(candidates.length)]));
    }

    /** Ranks the catalogue for the query with this id in every shown run, in the background. */
    public void choose(String queryId) {
        query.set(queryId);
        if (shown.isEmpty() || queryId == null) {
            return;
        }
        InspectedRun first = shown.get(0);
        int q = first.dataset().queries().indexOf(queryId);
        queryText.set(q < 0 ? queryId : EntityDescriber.queries(first.dataset()).describe(q));
        history.setAll(first.trainingHistory(queryId));
        List<InspectedRun> runs = List.copyOf(shown);
        int topK = Math.max(1, k.get());
        boolean useIndex = approximate.get();
        int current = generation;
        busy.set(true);
        if (useIndex && runs.stream().anyMatch(r -> !r.hasIndex())) {
            message.set("Building the HNSW index of each run's documents (once per run)…");
        }
        tasks.submit("Rank the catalogue for query " + queryId, context -> {
            List<RankedColumn> out = new ArrayList<>();
            for (InspectedRun run : runs) {
                out.add(run.rank(queryId, topK, useIndex));
            }
            return out;
        }, result -> {
            if (current == generation && queryId.equals(query.get()) && useIndex == approximate.get()) {
                busy.set(false);
                columns.setAll(result);
                message.set((useIndex ? "Approximate top " : "Top ") + topK + " for query " + queryId
                        + "; held-out clicks (test, valid) are marked; training clicks are left out of each ranking.");
            }
        }, error -> {
            if (current == generation) {
                busy.set(false);
                message.set("Cannot rank query " + queryId + ": " + error.getMessage());
            }
        });
    }

    /** Releases every loaded model. */
    public void close() {
        loaded.values().forEach(InspectedRun::close);
        loaded.clear();
        shown.clear();
    }

    public ObservableList<QueryChoice> matches() {
        return matches;
    }

    public ObservableList<RankedColumn> columns() {
        return columns;
    }

    public ObservableList<String> history() {
        return history;
    }

    public ReadOnlyStringProperty queryProperty() {
        return query;
    }

    public ReadOnlyStringProperty queryTextProperty() {
        return queryText;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    /** Whether queries are ranked by each run's HNSW index instead of exactly (false by default); a change re-ranks. */
    public BooleanProperty approximateProperty() {
        return approximate;
    }

    /** The number of runs whose models are loaded and shown. */
    public int shownRuns() {
        return shown.size();
    }
}
