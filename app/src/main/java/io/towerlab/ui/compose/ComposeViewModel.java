package io.towerlab.ui.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.HyperparameterRegistry;
import io.towerlab.core.spec.SpecCheck;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.store.RunStore;
import io.towerlab.core.store.RunSummary;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.common.UserError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the composer. The state is the spec's JSON tree, so that a half-finished spec (a
 * temperature of 0, a tower without inputs) can be shown with its problems instead of being refused; every
 * edit replaces the tree of the {@link SpecDocument} with a changed copy and records the old one for undo. The
 * canvas, the JSON text and the reason training is blocked are the {@link SpecReview} of the tree; the selected
 * block's settings are derived from it too.
 */
public final class ComposeViewModel {
    private final Consumer<UserError> errors;
    private final ReadOnlyObjectProperty<ClickDataset> dataset;
    private final Consumer<ExperimentSpec> train;
    private final Supplier<RunStore> store;
    private final HyperparameterRegistry registry = HyperparameterRegistry.standard();
    private final SpecReader reader = new SpecReader(registry);
    private final ComposerEdits edits = new ComposerEdits(registry);
    private final PropertyCatalogue catalogue = new PropertyCatalogue(registry);
    private final SpecStarts starts = new SpecStarts(reader, edits);
    private final SpecDocument document = new SpecDocument();
    private final SpecReview review;
    private final ObjectProperty<BlockRef> selected = new SimpleObjectProperty<>();
    private final ObservableList<BlockProperty> properties = FXCollections.observableArrayList();
    private final StringProperty jsonError = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    /** @param train receives a valid composed spec when the user asks to train it */
    public ComposeViewModel(BackgroundTasks tasks, Consumer<UserError> errors,
                            ReadOnlyObjectProperty<ClickDataset> dataset, Consumer<ExperimentSpec> train,
                            Supplier<RunStore> store) {
        this.errors = errors;
        this.dataset = dataset;
        this.train = train;
        this.store = store;
        review = new SpecReview(reader, tasks);
        selected.addListener((o, a, b) -> refreshProperties());
        dataset.addListener((o, old, data) -> {
            if (document.untouched()) {
                newSpec();
            } else {
                refresh();
            }
        });
        newSpec();
    }

    /** Work the latency measurement does first on its worker thread (waiting for the engine to start). */
    public void setBeforeMeasure(Runnable action) {
        review.setBeforeMeasure(action);
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
        Path file = document.fileProperty().get();
        return file != null && saveAs(file);
    }

    public boolean saveAs(Path path) {
        try {
            document.saveAs(path, review.jsonProperty().get());
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
                : document.tree().path(tower).path(kind.slot() == BlockKind.Slot.INPUT ? "inputs" : "layers").size() - 1;
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
            int size = document.tree().path(block.tower()).path(block.part() == BlockRef.Part.INPUTS ? "inputs" : "layers").size();
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
        JsonNode value = JsonTrees.parse(text, catalogue.definitionFor(document.tree(), path));
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
        if (document.undo()) {
            refresh();
        }
    }

    public void redo() {
        if (document.redo()) {
            refresh();
        }
    }

    // ---- actions -----------------------------------------------------------------------------------

    /** Hands the composed spec to the Train view; does nothing (the reason is shown) while it has problems. */
    public boolean trainThis() {
        String blocked = review.trainBlockedProperty().get();
        if (!blocked.isEmpty()) {
            message.set(blocked);
            return false;
        }
        train.accept(review.check().spec());
        return true;
    }

    /** Measures the query tower's latency per request on the loaded dataset, in the background. */
    public void measureLatency() {
        review.measureLatency(dataset.get());
    }

    // ---- internals ---------------------------------------------------------------------------------

    private void edit(Consumer<ObjectNode> change) {
        if (document.edit(change)) {
            refresh();
        }
    }

    /** Replaces the whole spec as one undoable edit. */
    private void replace(ObjectNode whole) {
        if (document.replace(whole)) {
            refresh();
        }
    }

    private void replaceWithoutUndo(ObjectNode state, Path from) {
        document.load(state, from);
        jsonError.set("");
        selected.set(null);
        refresh();
    }

    private Columns columns() {
        return Columns.of(dataset.get());
    }

    private void refresh() {
        review.update(document.tree(), dataset.get());
        if (selected.get() != null && !review.shows(selected.get())) {
            selected.set(null);
        }
        refreshProperties();
        review.clearLatency();
    }

    private void refreshProperties() {
        properties.setAll(catalogue.of(document.tree(), selected.get(), columns()));
    }

    // ---- properties --------------------------------------------------------------------------------

    /** The spec as the composer holds it: the JSON tree (read-only; change it through the edits). */
    public ReadOnlyObjectProperty<ObjectNode> treeProperty() {
        return document.treeProperty();
    }

    /** The spec read from the tree (with placeholders where it has problems) and its problems. */
    public SpecCheck check() {
        return review.check();
    }

    public ReadOnlyObjectProperty<Canvas> canvasProperty() {
        return review.canvasProperty();
    }

    public ObjectProperty<BlockRef> selectedProperty() {
        return selected;
    }

    public ObservableList<BlockProperty> properties() {
        return properties;
    }

    public ReadOnlyStringProperty jsonProperty() {
        return review.jsonProperty();
    }

    public ReadOnlyStringProperty jsonErrorProperty() {
        return jsonError;
    }

    /** Why "Train this" is disabled, or empty when the spec can be trained. */
    public ReadOnlyStringProperty trainBlockedProperty() {
        return review.trainBlockedProperty();
    }

    /** True on a new, empty canvas: the train-blocked text is then a getting-started hint. */
    public ReadOnlyBooleanProperty startingProperty() {
        return review.startingProperty();
    }

    public ReadOnlyStringProperty latencyProperty() {
        return review.latencyProperty();
    }

    /** The outcome of the last action that has no other place to show it (a refused drop, a save). */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty canUndoProperty() {
        return document.canUndoProperty();
    }

    public BooleanProperty canRedoProperty() {
        return document.canRedoProperty();
    }

    public BooleanProperty dirtyProperty() {
        return document.dirtyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return document.fileProperty();
    }

    public HyperparameterRegistry registry() {
        return registry;
    }

    public ReadOnlyObjectProperty<ClickDataset> datasetProperty() {
        return dataset;
    }
}
