package io.towerlab.ui;

import static io.towerlab.ui.TestApps.fx;
import static io.towerlab.ui.TestApps.waitUntil;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.ui.shell.AppView;
import io.towerlab.ui.shell.ShellViewModel;
import io.towerlab.ui.train.RunState;
import io.towerlab.ui.train.RunViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The desktop app headless (Monocle): it opens the sample, trains a tiny run with live curves,
 * cancels another, and shows a malformed file's report. One app for all tests, in test order.
 */
@org.junit.jupiter.api.Timeout(value = 150, unit = TimeUnit.SECONDS)
class DesktopAppTest extends FxRobot {
    @TempDir
    static Path home;
    static TowerLabApp app;

    @BeforeAll
    static void startApp() throws Exception {
        app = TestApps.start(home.resolve("settings.json"));
    }

    @AfterAll
    static void stopApp() throws Exception {
        TestApps.stop(app);
    }

    private static ShellViewModel model() {
        return app.model();
    }



    private int seriesPoints(String chartId) throws Exception {
        ChartViewer viewer = lookup("#" + chartId).queryAs(ChartViewer.class);
        assertThat(viewer).isNotNull();
        return fx(() -> {
            XYDataset data = viewer.getChart().getXYPlot().getDataset();
            return data.getSeriesCount() == 0 ? 0 : data.getItemCount(0);
        });
    }

    @Test
    void startsWithTheSampleShowingStatisticsAndPreview() throws Exception {
        waitUntil(60, () -> model().data().statsProperty().get() != null);
        assertThat(lookup("#datasetTitle").queryAs(Label.class).getText()).isEqualTo("movies-small");
        assertThat(lookup(".card-value").queryAllAs(Label.class)).extracting(Label::getText).contains("61,770");
        clickOn("#tab-preview");
        assertThat(lookup("#previewTable").queryAs(TableView.class).getItems()).hasSize(50);
        assertThat(fx(() -> lookup("#statusDataset").queryAs(Label.class).getText())).contains("movies-small");
    }

    @Test
    void aTinyRunDrawsItsLossCurveAndACancelledRunStops() throws Exception {
        waitUntil(60, () -> model().data().datasetProperty().get() != null);
        fx(() -> {
            model().viewProperty().set(AppView.TRAIN);
            return null;
        });
        RunViewModel tiny = fx(() -> model().train().start(List.of("training.epochs=1", "training.batchSize=2048")));
        waitUntil(90, () -> tiny.stateProperty().get().isFinished());
        assertThat(tiny.stateProperty().get()).as(tiny.messageProperty().get()).isEqualTo(RunState.COMPLETED);
        assertThat(seriesPoints("lossChart")).isPositive();
        assertThat(seriesPoints("recallChart")).isEqualTo(1);

        RunViewModel cancelled = fx(() -> model().train().start(List.of("training.epochs=50", "training.batchSize=256")));
        waitUntil(60, () -> !cancelled.loss().isEmpty());
        clickOn(".cancel-run");
        waitUntil(30, () -> cancelled.stateProperty().get().isFinished());
        assertThat(cancelled.stateProperty().get()).isEqualTo(RunState.CANCELLED);
        assertThat(cancelled.folderProperty().get().resolve("status.json")).content().contains("CANCELLED");
    }

    @Test
    void aMalformedFileShowsItsReport() throws Exception {
        fx(() -> {
            model().openDataset(TestPaths.MALFORMED.resolve("non-numeric-id.csv"));
            return null;
        });
        waitUntil(30, () -> model().data().pathProperty().get() != null
                && model().data().pathProperty().get().endsWith("non-numeric-id.csv"));
        clickOn("#tab-validation");
        assertThat(lookup("#reportSummary").queryAs(Label.class).getText()).contains("skipped as malformed");
        assertThat(lookup("#problems").queryAs(TableView.class).getItems()).isNotEmpty();

        fx(() -> {
            model().openDataset(TestPaths.MALFORMED.resolve("empty.csv"));
            return null;
        });
        waitUntil(30, () -> model().errorProperty().get() != null);
        assertThat(lookup("#errorMessage").queryAs(Label.class).getText()).contains("empty.csv");
        clickOn("#dismissError");
        assertThat(model().errorProperty().get()).isNull();
    }
}
