package io.towerlab.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.store.RunStore;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.common.Charts;
import io.towerlab.ui.common.FxDispatcher;
import io.towerlab.ui.common.UserError;
import io.towerlab.ui.experiments.bench.SyntheticStore;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Experiments view headless (Monocle) over a store of three runs written through the store API:
 * it lists them, compares them in every panel, toggles smoothing, exports PNG, SVG, CSV and the HTML
 * report, and deletes a run with undo.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExperimentsViewTest extends FxRobot {
    private static final int STEPS = 120;
    @TempDir
    static Path dir;
    static RunStore store;
    static ExperimentsViewModel model;
    static ExperimentsView view;
    static final List<UserError> errors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void showView() throws Exception {
        store = new RunStore(dir.resolve("runs"));
        SyntheticStore.run(store, "fps-logq", "fps", 1, 0.30, STEPS, 4);
        SyntheticStore.run(store, "fps-logq", "fps", 2, 0.32, STEPS, 4);
        SyntheticStore.run(store, "pairce", "pairce", 1, 0.21, STEPS, 4);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            model = new ExperimentsViewModel(BackgroundTasks.threaded(new FxDispatcher()), errors::add, () -> store);
            SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
            view = new ExperimentsView(model, new Charts(dark), dark);
            s.setScene(new Scene(view, 1200, 760));
            s.show();
        });
        assertThat(stage).isNotNull();
        fx(() -> {
            model.refresh();
            return null;
        });
        waitUntil(() -> model.rows().size() == 3);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private XYDataset curves() {
        return lookup("#curvesChart").queryAs(ChartViewer.class).getChart().getXYPlot().getDataset();
    }

    private static CurvesPanel curvesPanel() {
        return (CurvesPanel) view.panels().get(0);
    }

    @Test
    @Order(1)
    void comparesThreeRunsWithSmoothedCurvesAndAHoverReadout() throws Exception {
        @SuppressWarnings("unchecked")
        TableView<RunRow> table = lookup("#runsTable").queryAs(TableView.class);
        fx(() -> {
            table.getSelectionModel().selectAll();
            return null;
        });
        waitUntil(() -> curves().getSeriesCount() == 6);
        assertThat(fx(() -> curves().getItemCount(0))).isEqualTo(STEPS);
        // raw and smoothed differ where the loss is noisy
        assertThat(fx(() -> curves().getYValue(0, STEPS - 1))).isNotEqualTo(fx(() -> curves().getYValue(1, STEPS - 1)));
        String readout = fx(() -> curvesPanel().readoutAt(60));
        assertThat(readout).startsWith("step 60").contains("fps-logq", "pairce");
        fx(() -> {
            curvesPanel().setSmoothing(0);
            return null;
        });
        waitUntil(() -> curves().getSeriesCount() == 3);
        fx(() -> {
            curvesPanel().setSmoothing(0.9);
            return null;
        });
        waitUntil(() -> curves().getSeriesCount() == 6);
        assertThat(errors).isEmpty();
    }

    @Test
    @Order(2)
    void exportsChartsAsPngAndSvgAndTablesAsCsv() throws Exception {
        Path png = dir.resolve("curves.png");
        Path svg = dir.resolve("curves.svg");
        Path csv = dir.resolve("curves.csv");
        fx(() -> {
            view.tabs().getSelectionModel().select(0);
            view.exportCharts(png, false);
            view.exportCharts(svg, true);
            return view.exportTables(csv);
        });
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(ChartExport.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartExport.HEIGHT);
        String svgText = Files.readString(svg);
        assertThat(svgText).contains("<svg").contains("fps-logq");
        javax.xml.parsers.DocumentBuilderFactory xml = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document parsed = xml.newDocumentBuilder().parse(svg.toFile());
        assertThat(parsed.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(parsed.getDocumentElement().getAttribute("width")).isEqualTo("1000");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("run,name,step,value,smoothed");
        assertThat(lines).hasSize(1 + 3 * STEPS);
        Path runs = dir.resolve("runs.csv");
        fx(() -> {
            view.exportRuns(runs);
            return null;
        });
        assertThat(Files.readAllLines(runs)).hasSize(4).first().asString().startsWith("Name,Status,Loss");
    }

    @Test
    @Order(3)
    void recallDiffAndSeedPanelsShowTheSelection() throws Exception {
        fx(() -> {
            view.tabs().getSelectionModel().select(1);
            return null;
        });
        XYDataset recall = lookup("#recallAtKChart").queryAs(ChartViewer.class).getChart().getXYPlot().getDataset();
        waitUntil(() -> recall.getSeriesCount() == 4);
        assertThat(fx(() -> String.valueOf(recall.getSeriesKey(3)))).isEqualTo("popularity baseline");
        assertThat(fx(() -> recall.getItemCount(0))).isEqualTo(3);
        @SuppressWarnings("unchecked")
        TableView<Object> diff = lookup("#diffTable").queryAs(TableView.class);
        waitUntil(() -> !diff.getItems().isEmpty());
        assertThat(fx(() -> diff.getItems().stream().map(String::valueOf).toList()))
                .anyMatch(r -> r.contains("loss.type")).noneMatch(r -> r.contains("optimizer.lr"));
        SeedsPanel seeds = (SeedsPanel) view.panels().get(3);
        assertThat(fx(seeds::testText)).contains("at least two seeds");
        Path html = dir.resolve("report.html");
        fx(() -> {
            view.exportReport(html);
            return null;
        });
        String report = Files.readString(html);
        assertThat(report).contains("data:image/png;base64,").contains("<h2>Seeds</h2>").contains("pairce");
    }

    @Test
    @Order(4)
    void renamesAndDeletesWithUndo() throws Exception {
        RunRow first = fx(() -> model.rows().get(0));
        fx(() -> {
            model.rename(first, "my best run");
            model.tag(model.rows().get(0), "review, fps");
            return null;
        });
        assertThat(fx(() -> model.rows().get(0).name())).isEqualTo("my best run");
        assertThat(Files.readString(first.folder().path().resolve("notes.json"))).contains("my best run", "review");
        fx(() -> {
            model.delete(List.of(model.rows().get(0)));
            return null;
        });
        assertThat(fx(() -> model.rows().size())).isEqualTo(2);
        assertThat(Files.exists(first.folder().path())).isFalse();
        fx(() -> {
            model.undoDelete();
            return null;
        });
        waitUntil(() -> model.rows().size() == 3);
        assertThat(fx(() -> model.rows().stream().map(RunRow::name).toList())).contains("my best run");
        assertThat(errors).isEmpty();
    }
}
