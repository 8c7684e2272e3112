package io.towerlab.ui.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.HyperparameterRegistry;
import io.towerlab.core.spec.SpecCheck;
import io.towerlab.core.spec.SpecDataCheck;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.spec.SpecProblem;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.spec.SpecWriter;
import io.towerlab.core.spec.TableSizes;
import io.towerlab.core.store.RunStore;
import io.towerlab.core.store.RunSummary;
import io.towerlab.core.train.QueryLatency;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.common.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the composer. The state is the spec's JSON tree, so that a half-finished spec (a
 * temperature of 0, a tower without inputs) can be shown with its problems instead of being refused; every
 * edit replaces the tree with a changed copy and records the old one for undo. The canvas, the JSON text, the
 * selected block's settings and the reason training is blocked are all derived from the tree.
 */
public final class ComposeViewModel {
    static final int LATENCY_REQUESTS = 200;

    private final BackgroundTasks tasks;
    private final Consumer<UserError> errors;
    private final ReadOnlyObjectProperty<ClickDataset> dataset;
    private final Consumer<ExperimentSpec> train;
    private final Supplier<RunStore> store;
    private final HyperparameterRegistry registry = HyperparameterRegistry.standard();
    private final SpecReader reader = new SpecReader(registry);
    private final ComposerEdits edits = new ComposerEdits(registry);
    private final PropertyCatalogue catalogue = new PropertyCatalogue(registry);
    private final SpecStarts starts = new SpecStarts(reader, edits);
    private final EditHistory history = new EditHistory();
    private final ObjectProperty<ObjectNode> tree = new SimpleObjectProperty<>();
    private final ObjectProperty<Canvas> canvas = new SimpleObjectProperty<>();
    private final ObjectProperty<BlockRef> selected = new SimpleObjectProperty<>();
    private final ObservableList<BlockProperty> properties = FXCollections.observableArrayList();
    private final StringProperty json = new SimpleStringProperty("");
    private final StringProperty jsonError = new SimpleStringProperty("");
    private final StringProperty trainBlocked = new SimpleStringProperty("");
    private final StringProperty latency = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private SpecCheck check;
    private Runnable beforeMeasure = () -> { };

    /** @param train receives a valid composed spec when the user asks to train it */
    public ComposeViewModel(BackgroundTasks tasks, Consumer<UserError> errors,
                            ReadOnlyObjectProperty<ClickDataset> dataset, Consumer<ExperimentSpec> train,
                            Supplier<RunStore> store) {
        this.tasks = tasks;
        this.errors = errors;
        this.dataset = dataset;
        this.train = train;
        this.store = store;
        selected.addListener((o, a, b) -> refreshProperties());
        dataset.addListener((o, old, data) -> {
            if (!history.canUndo() && file.get() == null) {
                newSpec();
            } else {
                refresh();
            }
        });
        newSpec();
    }

    /** Work the latency measurement does first on its worker thread (waiting for the engine to start). */
    public void setBeforeMeasure(Runnable action) {
        beforeMeasure = action;
    }

    // ---- documents ---------------------------------------------------------------------------------

    /** An empty canvas on the loaded dataset: towers without blocks, the registry's defaults elsewhere. */
    public void newSpec() {
        replaceWithoutUndo(starts.empty("composed", dataset.get()), null);
    }

    /** Replaces the towers and head with a template's, as one undoable edit. */
    public void applyTemplate(Template template) {
        replace(starts.template(template, dataset.get()));
        selected.set(null);
    }

    /** Applies a template once a dataset is loaded (now, if one is), so it reads that dataset's columns. */
    public void applyTemplateWhenLoaded(Template template) {
        if (dataset.get() != null) {
            applyTemplate(template);
            return;
        }
        dataset.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ClickDataset> o, ClickDataset a,
                                ClickDataset data) {
                if (data != null) {
                    dataset.removeListener(this);
                    applyTemplate(template);
                }
            }
        });
    }

    /** Starts a fine-tuning spec from a saved run: its spec, with {@code init} naming the run. */
    public void startFromRun(RunSummary run) {
        try {
            replace(starts.fromRun(store.get(), run));
            selected.set(BlockRef.head(BlockRef.Part.INIT));
        } catch (SpecException e) {
            errors.accept(UserError.of("Reading the spec of run " + run.id(), e));
        }
    }

    /** The runs of the store that finished, newest first, for "start from a saved run". */
    public List<RunSummary> savedRuns() {
        try {
            return SpecStarts.completedRuns(store.get());
        } catch (IOException e) {
            errors.accept(UserError.of("Listing the saved runs", e));
            return List.of();
        }
    }

    public void open(Path path) {
        try {
            replaceWithoutUndo(starts.open(path), path);
        } catch (IOException | SpecException e) {
            errors.accept(UserError.of("Opening the spec " + path.getFileName(), e));
        }
    }

    /** Saves to the current file; false when there is none yet (the view then asks where). */
    public boolean save() {
        return file.get() != null && saveAs(file.get());
    }

    public boolean saveAs(Path path) {
        try {
            Files.writeString(path, json.get(), StandardCharsets.UTF_8);
            file.set(path);
            dirty.set(false);
            message.set("Saved " + path.getFileName());
            return true;
        } catch (IOException e) {
            errors.accept(UserError.of("Saving the spec to " + path, e));
            return false;
        }
    }

    // ---- edits -------------------------------------------------------------------------------------

    /**
     * Puts a new block into a tower at an index of its list (inputs or layers; -1 appends). Refused, with a
     * message, when the loaded dataset has no column it could read or it is a history in the document tower.
     */
    public boolean insert(String tower, BlockKind kind, int index) {
        if (!fits(tower, kind)) {
            message.set(kind.title() + " needs a " + kind.columnKind().name().toLowerCase(java.util.Locale.ROOT)
                    + " column of the " + (tower.equals(BlockRef.QUERY) ? "queries" : "documents")
                    + (kind == BlockKind.HISTORY ? "; a history belongs in the query tower" : ", and there is none"));
            return false;
        }
        edit(root -> edits.insert(root, tower, kind, index, columns().defaultColumn(tower, kind, null)));
        int at = kind.slot() == BlockKind.Slot.OUTPUT ? -1 : index >= 0 ? index
                : tree.get().path(tower).path(kind.slot() == BlockKind.Slot.INPUT ? "inputs" : "layers").size() - 1;
        selected.set(kind.slot() == BlockKind.Slot.OUTPUT ? BlockRef.normalize(tower)
                : new BlockRef(tower, kind.slot() == BlockKind.Slot.INPUT ? BlockRef.Part.INPUTS : BlockRef.Part.LAYERS, at));
        return true;
    }

    /** Whether the palette offers {@code kind} for {@code tower} with the loaded data. */
    public boolean fits(String tower, BlockKind kind) {
        return columns().fits(tower, kind);
    }

    public void move(BlockRef block, int to) {
        edit(root -> edits.move(root, block, to));
        if (block.movable()) {
            int size = tree.get().path(block.tower()).path(block.part() == BlockRef.Part.INPUTS ? "inputs" : "layers").size();
            selected.set(new BlockRef(block.tower(), block.part(), Math.max(0, Math.min(to < 0 ? size - 1 : to, size - 1))));
        }
    }

    public void delete(BlockRef block) {
        edit(root -> edits.delete(root, block));
        selected.set(null);
    }

    public void duplicate(BlockRef block) {
        edit(root -> edits.duplicate(root, block));
        if (block.movable()) {
            selected.set(new BlockRef(block.tower(), block.part(), block.index() + 1));
        }
    }

    /** Sets a property of the selected block (or of the experiment) from what was typed or chosen. */
    public void setProperty(String path, String text) {
        JsonNode value = JsonTrees.parse(text, catalogue.definitionFor(tree.get(), path));
        edit(root -> edits.set(root, path, value));
    }

    /**
     * Replaces the spec with JSON typed in the JSON pane. Text that does not parse, or is not an object, leaves
     * the canvas unchanged and sets {@link #jsonErrorProperty()} to the problem with its line and column.
     */
    public boolean applyJson(String text) {
        try {
            JsonNode parsed = reader.parse(text, "spec JSON");
            if (!(parsed instanceof ObjectNode object)) {
                jsonError.set("spec JSON: must be an object {\"name\": ..., \"queryTower\": ..., ...}, not "
                        + parsed.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
                return false;
            }
            jsonError.set("");
            replace(object);
            return true;
        } catch (SpecException e) {
            jsonError.set(e.getMessage());
            return false;
        }
    }

    public void undo() {
        restore(history.undo(tree.get()));
    }

    public void redo() {
        restore(history.redo(tree.get()));
    }

    // ---- actions -----------------------------------------------------------------------------------

    /** Hands the composed spec to the Train view; does nothing (the reason is shown) while it has problems. */
    public boolean trainThis() {
        if (!trainBlocked.get().isEmpty()) {
            message.set(trainBlocked.get());
            return false;
        }
        train.accept(check.spec());
        return true;
    }

    /** Measures the query tower's latency per request on the loaded dataset, in the background. */
    public void measureLatency() {
        ClickDataset data = dataset.get();
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

    // ---- internals ---------------------------------------------------------------------------------

    private void edit(Consumer<ObjectNode> change) {
        ObjectNode before = tree.get();
        ObjectNode after = before.deepCopy();
        change.accept(after);
        if (after.equals(before)) {
            return;
        }
        history.record(before);
        dirty.set(true);
        tree.set(after);
        refresh();
    }

    /** Replaces the whole spec as one undoable edit. */
    private void replace(ObjectNode whole) {
        edit(root -> {
            root.removeAll();
            root.setAll(whole);
        });
    }

    private void restore(ObjectNode state) {
        if (state != null) {
            tree.set(state);
            dirty.set(true);
            refresh();
        }
    }

    private void replaceWithoutUndo(ObjectNode state, Path from) {
        history.clear();
        tree.set(state);
        file.set(from);
        dirty.set(false);
        jsonError.set("");
        selected.set(null);
        refresh();
    }

    private Columns columns() {
        return Columns.of(dataset.get());
    }

    private void refresh() {
        ObjectNode root = tree.get();
        check = reader.check(root);
        List<SpecProblem> problems = new ArrayList<>(check.problems());
        ClickDataset data = dataset.get();
        if (data != null) {
            problems.addAll(SpecDataCheck.problems(check.spec(), data));
        }
        trainBlocked.set(blockedReason(problems, data));
        canvas.set(CanvasBuilder.build(root, check.spec(), problems,
                data == null ? TableSizes.unknown() : TableSizes.of(data)));
        json.set(new SpecWriter().pretty(root));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        if (selected.get() != null && !exists(selected.get())) {
            selected.set(null);
        }
        refreshProperties();
        latency.set("");
    }

    private static String blockedReason(List<SpecProblem> problems, ClickDataset data) {
        if (!problems.isEmpty()) {
            return (problems.size() == 1 ? "Fix 1 problem first: " : "Fix " + problems.size() + " problems first, e.g. ")
                    + problems.get(0);
        }
        return data == null ? "Open a dataset first (Data view)" : "";
    }

    private boolean exists(BlockRef block) {
        return canvas.get().head().stream().anyMatch(b -> b.ref().equals(block))
                || block.inTower() && canvas.get().tower(block.tower()).stream().anyMatch(b -> b.ref().equals(block));
    }

    private void refreshProperties() {
        properties.setAll(catalogue.of(tree.get(), selected.get(), columns()));
    }

    // ---- properties --------------------------------------------------------------------------------

    /** The spec as the composer holds it: the JSON tree (read-only; change it through the edits). */
    public ReadOnlyObjectProperty<ObjectNode> treeProperty() {
        return tree;
    }

    /** The spec read from the tree (with placeholders where it has problems) and its problems. */
    public SpecCheck check() {
        return check;
    }

    public ReadOnlyObjectProperty<Canvas> canvasProperty() {
        return canvas;
    }

    public ObjectProperty<BlockRef> selectedProperty() {
        return selected;
    }

    public ObservableList<BlockProperty> properties() {
        return properties;
    }

    public ReadOnlyStringProperty jsonProperty() {
        return json;
    }

    public ReadOnlyStringProperty jsonErrorProperty() {
        return jsonError;
    }

    /** Why "Train this" is disabled, or empty when the spec can be trained. */
    public ReadOnlyStringProperty trainBlockedProperty() {
        return trainBlocked;
    }

    public ReadOnlyStringProperty latencyProperty() {
        return latency;
    }

    /** The outcome of the last action that has no other place to show it (a refused drop, a save). */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public HyperparameterRegistry registry() {
        return registry;
    }

    public ReadOnlyObjectProperty<ClickDataset> datasetProperty() {
        return dataset;
    }
}
