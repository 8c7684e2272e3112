package io.towerlab.ui.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecCheck;
import io.towerlab.core.spec.SpecDataCheck;
import io.towerlab.core.spec.SpecProblem;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.spec.SpecWriter;
import io.towerlab.core.spec.TableSizes;
import io.towerlab.core.train.QueryLatency;
import io.towerlab.ui.common.BackgroundTasks;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the composer reads from the spec it holds, on the loaded data: the spec check with the data's problems,
 * why training is blocked, the canvas with its shapes and costs, the JSON text, and the query tower's measured
 * latency (cleared whenever the spec or the data change).
 */
final class SpecReview {
    static final int LATENCY_REQUESTS = 200;
    /** What a new, empty canvas needs first: a hint, not a list of problems. */
    static final String START_HINT = "drag an input onto each tower, or pick a Template";

    private final SpecReader reader;
    private final BackgroundTasks tasks;
    private final ObjectProperty<Canvas> canvas = new SimpleObjectProperty<>();
    private final StringProperty json = new SimpleStringProperty("");
    private final StringProperty trainBlocked = new SimpleStringProperty("");
    private final BooleanProperty starting = new SimpleBooleanProperty();
    private final StringProperty latency = new SimpleStringProperty("");
    private SpecCheck check;
    private Runnable beforeMeasure = () -> { };

    SpecReview(SpecReader reader, BackgroundTasks tasks) {
        this.reader = reader;
        this.tasks = tasks;
    }

    /** Reads the tree again, on {@code data} (null when no dataset is loaded). */
    void update(ObjectNode root, ClickDataset data) {
        check = reader.check(root);
        List<SpecProblem> problems = new ArrayList<>(check.problems());
        if (data != null) {
            problems.addAll(SpecDataCheck.problems(check.spec(), data));
        }
        boolean queryEmpty = emptyTower(root, "queryTower");
        boolean docEmpty = emptyTower(root, "docTower");
        List<SpecProblem> shown = problems.stream().filter(p -> !(queryEmpty && p.path().startsWith("queryTower.inputs"))
                && !(docEmpty && p.path().startsWith("docTower.inputs"))).toList();
        boolean fresh = queryEmpty && docEmpty && shown.isEmpty();
        starting.set(fresh);
        trainBlocked.set(fresh ? (data == null ? "Open a dataset (Data view), then " + START_HINT
                : Character.toUpperCase(START_HINT.charAt(0)) + START_HINT.substring(1)) : blockedReason(problems, data));
        canvas.set(CanvasBuilder.build(root, check.spec(), shown,
                data == null ? TableSizes.unknown() : TableSizes.of(data)));
        json.set(new SpecWriter().pretty(root));
    }

    /**
     * A tower with neither inputs nor layers: its drop zone already says what to do, so its "must list
     * at least one input" problem is left off the canvas (the Train button still says why it is disabled).
     */
    private static boolean emptyTower(ObjectNode root, String tower) {
        JsonNode node = root.path(tower);
        return node.path("inputs").isEmpty() && node.path("layers").isEmpty();
    }

    private static String blockedReason(List<SpecProblem> problems, ClickDataset data) {
        if (!problems.isEmpty()) {
            return (problems.size() == 1 ? "Fix 1 problem first: " : "Fix " + problems.size() + " problems first, e.g. ")
                    + problems.get(0);
        }
        return data == null ? "Open a dataset first (Data view)" : "";
    }

    /** Whether the canvas shows {@code block}. */
    boolean shows(BlockRef block) {
        return canvas.get().head().stream().anyMatch(b -> b.ref().equals(block))
                || block.inTower() && canvas.get().tower(block.tower()).stream().anyMatch(b -> b.ref().equals(block));
    }

    void clearLatency() {
        latency.set("");
    }

    /** Work the latency measurement does first on its worker thread (waiting for the engine to start). */
    void setBeforeMeasure(Runnable action) {
        beforeMeasure = action;
    }

    /** Measures the query tower's latency per request on {@code data}, in the background. */
    void measureLatency(ClickDataset data) {
        if (data == null || !check.valid()) {
            latency.set(data == null ? "open a dataset to measure" : "fix the problems to measure");
            return;
        }
        ExperimentSpec spec = check.spec();
        latency.set("measuring…");
        tasks.submit("Measuring the query tower's latency", context -> {
            beforeMeasure.run();
            return QueryLatency.measure(spec, data, LATENCY_REQUESTS);
        }, result -> latency.set(result.toString()), e -> latency.set("could not measure: " + e.getMessage()));
    }

    SpecCheck check() {
        return check;
    }

    ReadOnlyObjectProperty<Canvas> canvasProperty() {
        return canvas;
    }

    ReadOnlyStringProperty jsonProperty() {
        return json;
    }

    ReadOnlyStringProperty trainBlockedProperty() {
        return trainBlocked;
    }

    /** True while both towers are empty and nothing else is wrong: the canvas is at its start. */
    ReadOnlyBooleanProperty startingProperty() {
        return starting;
    }

    ReadOnlyStringProperty latencyProperty() {
        return latency;
    }
}
