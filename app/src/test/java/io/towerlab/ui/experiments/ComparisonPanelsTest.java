package io.towerlab.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.common.FxDispatcher;
import io.towerlab.ui.experiments.inspector.QueryInspectorPanel;
import io.towerlab.ui.experiments.inspector.RankedDocument;
import io.towerlab.ui.experiments.projection.EmbeddingProjectionPanel;
import io.towerlab.ui.experiments.projection.ProjectionViewModel;
import io.towerlab.ui.experiments.projection.ScatterCanvas;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The projection and the query inspector headless (Monocle), hosted as tabs of a window of their
 * own over a prepared store of two small trained runs: the projection loads both runs, a click on a
 * point selects it in both plots and lists neighbours, t-SNE runs in the background; the inspector
 * ranks a query for both runs with held-out clicks marked.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ComparisonPanelsTest extends FxRobot {
    @TempDir
    static Path dir;
    static List<SelectedRun> runs;
    static EmbeddingProjectionPanel projection;
    static QueryInspectorPanel inspector;
    static TabPane tabs;

    @BeforeAll
    static void showPanels() throws Exception {
        runs = PreparedStore.create(dir, "fps", "softmax");
        assertThat(runs).hasSize(2);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            BackgroundTasks tasks = BackgroundTasks.threaded(new FxDispatcher());
            projection = new EmbeddingProjectionPanel(tasks, new SimpleBooleanProperty(false));
            inspector = new QueryInspectorPanel(tasks);
            tabs = new TabPane();
            for (ComparisonPanel panel : List.of(projection, inspector)) {
                Tab tab = new Tab(panel.title(), panel.node());
                tab.setClosable(false);
                tabs.getTabs().add(tab);
                panel.show(runs);
            }
            s.setScene(new Scene(new VBox(tabs), 1200, 800));
            s.show();
        });
        assertThat(stage).isNotNull();
    }

    /** Closes the window and any tooltip left open, so later UI tests in this JVM start clean. */
    @AfterAll
    static void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    @Test
    void projectionShowsBothRunsAndLinksTheSelection() throws Exception {
        interact(() -> tabs.getSelectionModel().select(0));
        ProjectionViewModel model = projection.model();
        waitUntil(60, () -> model.projections().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        ScatterCanvas left = lookup("#scatter-0").queryAs(ScatterCanvas.class);
        ScatterCanvas right = lookup("#scatter-1").queryAs(ScatterCanvas.class);
        assertThat(fx(left::pointCount)).isEqualTo(PreparedStore.DOCUMENTS);
        assertThat(fx(right::pointCount)).isEqualTo(PreparedStore.DOCUMENTS);
        assertThat(model.groupings()).contains("category");
        // click a point of the left plot: it is selected by id, and neighbours are listed for both runs
        Point2D point = fx(() -> left.localToScreen(left.screenX(7), left.screenY(7)));
        clickOn(point);
        waitUntil(10, () -> model.selectedIdProperty().get() != null);
        String id = fx(() -> model.selectedIdProperty().get());
        assertThat(fx(() -> left.pointAt(left.screenX(7), left.screenY(7)))).isNotNegative();
        assertThat(model.neighbours()).hasSize(2);
        assertThat(model.neighbours().get(0)).hasSize(ProjectionViewModel.NEIGHBOURS);
        assertThat(model.neighbours().get(1)).hasSize(ProjectionViewModel.NEIGHBOURS);
        assertThat(lookup("#selectedDocument").queryAs(Label.class).getText()).startsWith(id + " · Title");
        // hovering shows the document under the mouse
        moveTo(fx(() -> right.localToScreen(right.screenX(3), right.screenY(3))));
        waitUntil(5, () -> lookup("#hover-1").queryAs(Label.class).getText().contains("Title"));
        // t-SNE runs in the background and replaces the layout
        clickOn("#methodTsne");
        waitUntil(60, () -> !model.tsneRunningProperty().get()
                && model.methodProperty().get() == ProjectionViewModel.Method.TSNE);
        assertThat(fx(() -> model.messageProperty().get())).startsWith("t-SNE done");
        assertThat(fx(() -> model.layout(model.projections().get(0)))).isNotSameAs(
                fx(() -> model.projections().get(0).pcaLayout()));
    }

    @Test
    void inspectorRanksAQueryForEveryRunWithHeldOutClicksMarked() throws Exception {
        interact(() -> tabs.getSelectionModel().select(1));
        waitUntil(60, () -> inspector.model().shownRuns() == 2);
        clickOn("#querySearch").write("u1");
        clickOn("#searchQueries");
        waitUntil(5, () -> !inspector.model().matches().isEmpty());
        assertThat(inspector.model().matches().get(0).id()).isEqualTo("u1");
        clickOn("#randomQuery");
        waitUntil(30, () -> inspector.model().columns().size() == 2);
        @SuppressWarnings("unchecked")
        TableView<RankedDocument> first = lookup("#ranking-0").queryAs(TableView.class);
        @SuppressWarnings("unchecked")
        TableView<RankedDocument> second = lookup("#ranking-1").queryAs(TableView.class);
        assertThat(first.getItems()).hasSize(10);
        assertThat(second.getItems()).hasSize(10);
        assertThat(first.getItems()).extracting(RankedDocument::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        // a random test query has held-out clicks, and its training clicks are never ranked
        assertThat(inspector.model().history()).isNotEmpty();
        String query = inspector.model().queryProperty().get();
        assertThat(inspector.model().columns().get(0).note()).matches("\\d+ of [1-9]\\d* held-out clicks in the top 10");
        for (String line : inspector.model().history()) {
            String clicked = line.split(" · ")[1];
            assertThat(first.getItems()).extracting(RankedDocument::id).doesNotContain(clicked);
        }
        assertThat(query).startsWith("u");
        assertThat(lookup("#indexRecall-0").queryAs(Label.class).isVisible()).isFalse();
        // approximate search: each run's HNSW index is built once, and its recall for the query is shown
        assertThat(inspector.model().approximateProperty().get()).isFalse();
        clickOn("#searchApproximate");
        waitUntil(30, () -> !inspector.model().columns().get(0).indexRecall().isEmpty());
        String recall = "HNSW: (\\d+) of the exact top 10 \\(recall (\\d\\.\\d\\d)\\), \\d+\\.\\d ms vs \\d+\\.\\d ms exact";
        for (int i = 0; i < 2; i++) {
            Label line = lookup("#indexRecall-" + i).queryAs(Label.class);
            assertThat(line.isVisible()).isTrue();
            assertThat(line.getText()).matches(recall);
            var numbers = java.util.regex.Pattern.compile(recall).matcher(line.getText());
            assertThat(numbers.matches()).isTrue();
            assertThat(Double.parseDouble(numbers.group(2))).isBetween(0.0, 1.0)
                    .isCloseTo(Integer.parseInt(numbers.group(1)) / 10.0, org.assertj.core.data.Offset.offset(0.005));
        }
        assertThat(lookup("#ranking-0").queryAs(TableView.class).getItems()).hasSize(10);
        assertThat(inspector.model().columns().get(0).rows()).extracting(RankedDocument::id)
                .doesNotContainAnyElementsOf(inspector.model().history().stream().map(l -> l.split(" · ")[1]).toList());
        clickOn("#searchExact");
        waitUntil(30, () -> inspector.model().columns().get(0).indexRecall().isEmpty());
    }
}
