package io.towerlab.ui.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetImporter;
import io.towerlab.core.data.ImportOptions;
import io.towerlab.core.store.RunStore;
import io.towerlab.ui.TestPaths;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.common.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainViewModelTest {
    static ClickDataset sample;

    @TempDir
    Path store;
    private final List<UserError> errors = new ArrayList<>();
    private final SimpleObjectProperty<ClickDataset> dataset = new SimpleObjectProperty<>(sample);

    @BeforeAll
    static void loadSample() throws Exception {
        sample = new DatasetImporter().load(TestPaths.SAMPLE, ImportOptions.defaults()).dataset();
    }

    private TrainViewModel model() {
        TrainViewModel model = new TrainViewModel(BackgroundTasks.synchronous(), errors::add,
                () -> new RunStore(store), dataset);
        model.addSpecsFrom(TestPaths.EXPERIMENTS);
        return model;
    }

    @Test
    void theFirstChoiceIsFpsWithTheLogQCorrection() {
        assertThat(model().selectedSpecProperty().get()).hasToString(TrainViewModel.FIRST_CHOICE);
    }

    @Test
    void theShippedSpecsAreListedWithTheirMainHyperparametersAndHelp() {
        TrainViewModel model = model();
        model.selectedSpecProperty().set(model.specs().stream()
                .filter(s -> s.toString().equals("movies-small-fps")).findFirst().orElseThrow());

        assertThat(model.hyperparameters()).extracting(h -> h.definition().key()).contains("training.epochs",
                "optimizer.lr");
        HyperparameterItem lr = model.hyperparameters().stream()
                .filter(h -> h.definition().key().equals("optimizer.lr")).findFirst().orElseThrow();
        assertThat(lr.valueProperty().get()).isEqualTo("0.005");
        assertThat(lr.tooltip()).contains("Range");
        lr.valueProperty().set("0.01");
        assertThat(model.overrides()).containsExactly("optimizer.lr=0.01");
    }

    @Test
    void devicesAreTypedCommaSeparatedAndSetAsAList() {
        TrainViewModel model = model();
        HyperparameterItem devices = model.hyperparameters().stream()
                .filter(h -> h.definition().key().equals("training.devices")).findFirst().orElseThrow();
        assertThat(devices.valueProperty().get()).isEmpty();
        devices.valueProperty().set("gpu:0, gpu:1");
        assertThat(model.overrides()).containsExactly("training.devices=[\"gpu:0\",\"gpu:1\"]");
    }

    @Test
    void aTinyRunCompletesWithLossAndRecallCurvesAndIsSaved() throws Exception {
        TrainViewModel model = model();
        model.hyperparameters().stream().filter(h -> h.definition().key().equals("training.epochs"))
                .forEach(h -> h.valueProperty().set("1"));

        RunViewModel run = model.start(List.of("training.batchSize=4096"));

        assertThat(errors).isEmpty();
        assertThat(run.stateProperty().get()).isEqualTo(RunState.COMPLETED);
        assertThat(run.loss()).isNotEmpty();
        assertThat(run.smoothedLoss()).hasSameSizeAs(run.loss());
        assertThat(run.recall()).singleElement().extracting(Point::y).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.DOUBLE).isBetween(0.0, 1.0);
        assertThat(run.progressProperty().get()).isEqualTo("completed");
        assertThat(Files.readString(run.folderProperty().get().resolve("status.json"))).contains("COMPLETED");
        assertThat(model.runningProperty().get()).isZero();
    }

    @Test
    void anInvalidValueIsReportedWithItsSpecPathAndNoRunStarts() {
        TrainViewModel model = model();
        model.hyperparameters().stream().filter(h -> h.definition().key().equals("training.epochs"))
                .forEach(h -> h.valueProperty().set("-3"));

        assertThat(model.start()).isNull();

        assertThat(errors).singleElement().extracting(UserError::message).asString().contains("training.epochs");
        assertThat(model.runs()).isEmpty();
    }

    @Test
    void runsBeyondTheCapWaitInTheQueueAndACancelledQueuedRunNeverStarts() {
        TrainViewModel model = model();
        model.maxConcurrentProperty().set(0);
        RunViewModel first = model.start();
        RunViewModel second = model.start();
        assertThat(first.stateProperty().get()).isEqualTo(RunState.QUEUED);
        second.cancel();
        assertThat(second.stateProperty().get()).isEqualTo(RunState.CANCELLED);
        assertThat(model.runs()).hasSize(2);
    }

    @Test
    void withoutADatasetStartingExplainsWhatToDo() {
        dataset.set(null);
        assertThat(model().start()).isNull();
        assertThat(errors).singleElement().extracting(UserError::message).asString().contains("Open a dataset");
    }
}
