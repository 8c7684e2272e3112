package io.towerlab.ui.train;

import com.fasterxml.jackson.databind.JsonNode;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.split.Splitter;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.HyperparameterRegistry;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.spec.SpecWriter;
import io.towerlab.core.store.RunStore;
import io.towerlab.core.train.ExperimentData;
import io.towerlab.core.train.ExperimentRunner;
import io.towerlab.core.train.TrainingResult;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.common.UserError;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the train view: the spec choice, its main hyperparameters, and a queue of
 * runs on the current dataset of which at most {@link #maxConcurrentProperty()} train at once.
 */
public final class TrainViewModel {
    /** The hyperparameters the property sheet offers, in display order. */
    static final List<String> MAIN_KEYS = List.of("training.epochs", "training.batchSize", "optimizer.lr",
            "optimizer.weightDecay", "loss.type", "similarity.temperature", "training.seed", "training.device",
            "training.devices", "training.threads");

    private final BackgroundTasks tasks;
    private final Consumer<UserError> errors;
    private final Supplier<RunStore> store;
    private final ReadOnlyObjectProperty<ClickDataset> dataset;
    private final ObservableList<SpecChoice> specs = FXCollections.observableArrayList();
    private final ObjectProperty<SpecChoice> selectedSpec = new SimpleObjectProperty<>();
    private final ObservableList<HyperparameterItem> hyperparameters = FXCollections.observableArrayList();
    private final ObservableList<RunViewModel> runs = FXCollections.observableArrayList(
            run -> new javafx.beans.Observable[] {run.stateProperty()});
    private final ObjectProperty<RunViewModel> selectedRun = new SimpleObjectProperty<>();
    private final IntegerProperty maxConcurrent = new SimpleIntegerProperty(1);
    private final IntegerBinding running;
    private final HyperparameterRegistry registry = HyperparameterRegistry.standard();
    private Runnable beforeRun = () -> { };

    public TrainViewModel(BackgroundTasks tasks, Consumer<UserError> errors, Supplier<RunStore> store,
                          ReadOnlyObjectProperty<ClickDataset> dataset) {
        this.tasks = tasks;
        this.errors = errors;
        this.store = store;
        this.dataset = dataset;
        running = Bindings.createIntegerBinding(() -> (int) runs.stream()
                .filter(r -> r.stateProperty().get() == RunState.RUNNING).count(), runs);
        selectedSpec.addListener((o, old, choice) -> loadHyperparameters(choice));
        maxConcurrent.addListener((o, a, b) -> pump());
        tasks.ui().onEveryFrame(this::drainEvents);
    }

    /**
     * Work every run does first on its worker thread, e.g. waiting until the engine has started: a
     * training that started while another thread was still loading the engine failed in backward.
     */
    public void setBeforeRun(Runnable action) {
        beforeRun = action;
    }

    /**
     * The shipped experiment selected first: in-batch FPS with the logQ correction, the method's
     * recommended set-up, so the first run a newcomer starts beats the popularity baseline clearly.
     */
    static final String FIRST_CHOICE = "movies-small-fps-logq";

    /** Lists the spec files of a folder (the shipped experiments) and selects {@link #FIRST_CHOICE} or the first. */
    public void addSpecsFrom(Path folder) {
        List<SpecChoice> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            files.forEach(f -> found.add(new SpecChoice(f.toAbsolutePath().normalize())));
        } catch (IOException e) {
            errors.accept(UserError.of("Listing the experiments in " + folder, e));
        }
        found.sort((a, b) -> a.toString().compareTo(b.toString()));
        specs.addAll(found);
        if (selectedSpec.get() == null && !specs.isEmpty()) {
            selectedSpec.set(specs.stream().filter(c -> c.toString().equals(FIRST_CHOICE)).findFirst()
                    .orElse(specs.get(0)));
        }
    }

    /** Adds a spec file the user opened and selects it. */
    public void addSpec(Path file) {
        SpecChoice choice = new SpecChoice(file.toAbsolutePath().normalize());
        if (!specs.contains(choice)) {
            specs.add(choice);
        }
        selectedSpec.set(choice);
    }

    /** Adds a spec composed in the app (replacing an earlier composition of the same name) and selects it. */
    public void addSpec(ExperimentSpec spec) {
        SpecChoice choice = SpecChoice.composed(spec);
        specs.removeIf(c -> c.isComposed() && c.spec().name().equals(spec.name()));
        specs.add(0, choice);
        selectedSpec.set(choice);
    }

    private ExperimentSpec read(SpecChoice choice, List<String> overrides) throws Exception {
        return choice.isComposed()
                ? new SpecReader(registry).read(new SpecWriter().write(choice.spec()), choice.toString(), overrides)
                : new SpecReader(registry).read(choice.file(), overrides);
    }

    private void loadHyperparameters(SpecChoice choice) {
        hyperparameters.clear();
        if (choice == null) {
            return;
        }
        try {
            JsonNode tree = new SpecWriter().toTree(read(choice, List.of()));
            for (String key : MAIN_KEYS) {
                JsonNode node = tree.at("/" + key.replace('.', '/'));
                registry.find(key).ifPresent(h -> hyperparameters.add(new HyperparameterItem(h,
                        HyperparameterItem.text(node, h))));
            }
        } catch (Exception e) {
            errors.accept(UserError.of("Reading the spec " + choice, e));
        }
    }

    /** The overrides for the edited hyperparameters, as {@code key=value}. */
    public List<String> overrides() {
        return hyperparameters.stream().filter(HyperparameterItem::isChanged).map(HyperparameterItem::override)
                .toList();
    }

    /** Queues a run of the selected spec, with the edited hyperparameters, on the current dataset. */
    public RunViewModel start(List<String> extraOverrides) {
        SpecChoice choice = selectedSpec.get();
        if (choice == null || dataset.get() == null) {
            errors.accept(new UserError("Cannot start training", choice == null ? "Choose an experiment spec first."
                    : "Open a dataset first (Data view, File → Open dataset).", ""));
            return null;
        }
        List<String> all = new ArrayList<>(overrides());
        all.addAll(extraOverrides);
        try {
            RunViewModel run = new RunViewModel(read(choice, all));
            runs.add(0, run);
            selectedRun.set(run);
            pump();
            return run;
        } catch (Exception e) {
            errors.accept(UserError.of("Reading the spec " + choice, e));
            return null;
        }
    }

    public RunViewModel start() {
        return start(List.of());
    }

    /** Cancels the selected run. */
    public void cancelSelected() {
        if (selectedRun.get() != null) {
            selectedRun.get().cancel();
        }
    }

    private void pump() {
        List<RunViewModel> queued = runs.stream().filter(r -> r.stateProperty().get() == RunState.QUEUED).toList();
        for (int i = queued.size() - 1; i >= 0 && running.get() < maxConcurrent.get(); i--) {
            launch(queued.get(i));
        }
    }

    private void launch(RunViewModel run) {
        ClickDataset data = dataset.get();
        ExperimentSpec spec = run.spec();
        run.started();
        run.attach(tasks.submit("Training " + spec.name(), context -> {
            beforeRun.run();
            DatasetSplit split = new Splitter().split(data, ExperimentData.splitOptions(spec.data().split()));
            ExperimentData.Loaded loaded = new ExperimentData.Loaded(data, split, data.source().path());
            return new ExperimentRunner(store.get()).run(spec, new SpecWriter().write(spec), loaded, run.monitor(),
                    context.cancelToken());
        }, outcome -> {
            TrainingResult r = outcome.result();
            run.finished(RunState.valueOf(r.status().name()), r.message(), outcome.folder().path());
            pump();
        }, failure -> {
            run.finished(RunState.FAILED, UserError.of("Training " + spec.name(), failure).message(), null);
            pump();
        }));
    }

    /** Applies the events every run gathered since the last frame; the UI calls it once per frame. */
    public void drainEvents() {
        for (RunViewModel run : runs) {
            if (run.stateProperty().get() == RunState.RUNNING) {
                run.drain();
            }
        }
    }

    public ObservableList<SpecChoice> specs() {
        return specs;
    }

    public ObjectProperty<SpecChoice> selectedSpecProperty() {
        return selectedSpec;
    }

    public ObservableList<HyperparameterItem> hyperparameters() {
        return hyperparameters;
    }

    public ObservableList<RunViewModel> runs() {
        return runs;
    }

    public ObjectProperty<RunViewModel> selectedRunProperty() {
        return selectedRun;
    }

    public IntegerProperty maxConcurrentProperty() {
        return maxConcurrent;
    }

    /** How many runs are training now. */
    public IntegerBinding runningProperty() {
        return running;
    }

    public ReadOnlyObjectProperty<ClickDataset> datasetProperty() {
        return dataset;
    }
}
