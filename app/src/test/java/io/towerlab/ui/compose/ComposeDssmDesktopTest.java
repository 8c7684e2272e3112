package io.towerlab.ui.compose;

import static io.towerlab.ui.TestApps.fx;
import static io.towerlab.ui.TestApps.waitUntil;

import io.towerlab.ui.TestApps;
import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.ui.TowerLabApp;
import io.towerlab.ui.common.Settings;
import io.towerlab.ui.common.SettingsStore;
import io.towerlab.ui.shell.AppView;
import io.towerlab.ui.shell.ShellViewModel;
import io.towerlab.ui.train.RunState;
import io.towerlab.ui.train.RunViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The composer headless (Monocle): the DSSM experiment built from an empty canvas by dragging blocks from the
 * palette, reordering one, and editing properties, equals the shipped DSSM spec's towers and head, and the
 * "Train this" hand-off trains it for one epoch.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class ComposeDssmDesktopTest extends FxRobot {
    @TempDir
    static Path home;
    static TowerLabApp app;

    @BeforeAll
    static void startApp() throws Exception {
        Path settings = home.resolve("settings.json");
        Settings defaults = Settings.defaults();
        new SettingsStore(settings).save(new Settings(defaults.theme(), defaults.zoom(),
                home.resolve("runs").toString(), List.of(ComposeTesting.SEARCH.toString()), defaults.threads(),
                defaults.device(), defaults.maxConcurrentRuns()));
        app = TestApps.start(settings);
    }

    @AfterAll
    static void stopApp() throws Exception {
        TestApps.stop(app);
    }

    private static ShellViewModel model() {
        return app.model();
    }



    private void dragBlock(String kind, String tower) {
        drag("#palette-" + kind).dropTo("#" + tower + "-dropZone");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String path, String value) {
        clickOn("#" + BlockSheet.editorId(path));
        push(KeyCode.CONTROL, KeyCode.A);
        write(value);
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void choose(String path, String value) throws Exception {
        javafx.scene.control.ComboBox<?> box = lookup("#" + BlockSheet.editorId(path))
                .queryAs(javafx.scene.control.ComboBox.class);
        fx(() -> {
            box.getSelectionModel().select(box.getItems().indexOf(value));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void dense(String tower, int index, String units) throws Exception {
        dragBlock("dense", tower);
        type(tower + ".layers[" + index + "].units", units);
        choose(tower + ".layers[" + index + "].activation", "tanh");
    }

    @Test
    void theDssmBuiltByDragAndDropIsTheShippedOneAndTrains() throws Exception {
        waitUntil(60, () -> model().data().datasetProperty().get() != null
                && model().data().datasetProperty().get().name().equals("search-small"));
        clickOn("#nav-compose");
        fx(() -> {
            model().compose().newSpec();
            return null;
        });

        dragBlock("trigram", "queryTower");
        dense("queryTower", 0, "300");
        dense("queryTower", 1, "128");

        dragBlock("trigram", "docTower");
        choose("docTower.inputs[0].column", "title");
        dense("docTower", 0, "128");
        dense("docTower", 1, "300");
        drag("#block-docTower-layers1").dropTo("#block-docTower-layers0");
        WaitForAsyncUtils.waitForFxEvents();

        clickOn("#block-loss");
        choose("loss.type", "softmax");
        type("negatives.count", "4");

        ExperimentSpec composed = fx(() -> model().compose().check().spec());
        ExperimentSpec shipped = ComposeTesting.shippedDssm();
        assertThat(composed.queryTower()).isEqualTo(shipped.queryTower());
        assertThat(composed.docTower()).isEqualTo(shipped.docTower());
        assertThat(composed.similarity()).isEqualTo(shipped.similarity());
        assertThat(composed.loss()).isEqualTo(shipped.loss());
        assertThat(composed.negatives()).isEqualTo(shipped.negatives());
        assertThat(fx(() -> model().compose().trainBlockedProperty().get())).isEmpty();

        clickOn("#trainThis");
        assertThat(fx(() -> model().viewProperty().get())).isEqualTo(AppView.TRAIN);
        assertThat(fx(() -> model().train().selectedSpecProperty().get().spec())).isEqualTo(composed);
        RunViewModel run = fx(() -> model().train().start(List.of("training.epochs=1", "training.batchSize=4096")));
        waitUntil(90, () -> run.stateProperty().get().isFinished());
        assertThat(run.stateProperty().get()).as(run.messageProperty().get()).isEqualTo(RunState.COMPLETED);
        assertThat(run.recall()).hasSize(1);
    }
}
