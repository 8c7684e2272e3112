package io.towerlab.ui.experiments;

import io.towerlab.core.compare.CurveAxis;
import io.towerlab.core.compare.TableData;
import io.towerlab.ui.common.BackgroundJob;
import io.towerlab.ui.common.Charts;
import io.towerlab.ui.common.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Overlaid curves of the selected runs: any logged metric against step, epoch or wall time, smoothed
 * by an exponential moving average with the raw curve faint behind it, on a linear or log scale, with
 * a readout of every run at the x under the pointer.
 */
final class CurvesPanel implements ExportablePanel {
    private final ExperimentsViewModel model;
    private final BorderPane root = new BorderPane();
    private final ComboBox<String> metric = new ComboBox<>();
    private final ComboBox<CurveAxis> axis = new ComboBox<>();
    private final Slider smoothing = new Slider(0, 0.99, 0.6);
    private final CheckBox logScale = new CheckBox("Log scale");
    private final Label readout = new Label("Point at the chart for every run's value there.");
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final JFreeChart chart;
    private final StyledRenderer renderer;
    private List<CurvesModel.RunCurve> shown = List.of();
    private CurvesModel curves = new CurvesModel(List.of());
    private BackgroundJob loading;

    CurvesPanel(ExperimentsViewModel model, Charts charts, ObservableBooleanValue dark) {
        this.model = model;
        chart = ChartFactory.createXYLineChart(null, "step", "value", data, PlotOrientation.VERTICAL, true, true,
                false);
        renderer = new StyledRenderer(dark::get);
        chart.getXYPlot().setRenderer(renderer);
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        chart.getXYPlot().setNoDataMessage("Select runs in the table above (Ctrl/Shift+click) to compare their curves");
        StackPane viewer = charts.viewer(chart, "curvesChart");
        ((ChartViewer) viewer.getChildren().get(0)).addChartMouseListener(new Hover());
        metric.setId("curvesMetric");
        metric.setPrefWidth(220);
        axis.setId("curvesAxis");
        axis.getItems().setAll(CurveAxis.values());
        axis.setValue(CurveAxis.STEP);
        smoothing.setId("curvesSmoothing");
        smoothing.setPrefWidth(160);
        Label weight = new Label();
        weight.textProperty().bind(smoothing.valueProperty().asString(Locale.ROOT, "%.2f"));
        logScale.setId("curvesLogScale");
        HBox bar = new HBox(10, new Label("Metric"), metric, new Label("x"), axis, new Label("Smoothing"), smoothing,
                weight, logScale);
        bar.setAlignment(Pos.CENTER_LEFT);
        readout.setId("curvesReadout");
        readout.getStyleClass().add("text-muted");
        readout.setWrapText(true);
        root.setTop(bar);
        root.setCenter(viewer);
        root.setBottom(readout);
        BorderPane.setMargin(bar, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(readout, new Insets(6, 0, 0, 0));
        metric.valueProperty().addListener((o, a, b) -> redraw());
        axis.valueProperty().addListener((o, a, b) -> redraw());
        smoothing.valueProperty().addListener((o, a, b) -> redraw());
        logScale.selectedProperty().addListener((o, a, b) -> redraw());
    }

    @Override
    public String title() {
        return "Curves";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(List<SelectedRun> runs) {
        if (loading != null) {
            loading.cancel();
        }
        loading = model.tasks().submit("Reading the metric logs of " + runs.size() + " runs",
                context -> CurvesModel.read(runs), this::loaded,
                e -> model.errors().accept(UserError.of("Reading the metric logs", e)));
    }

    private void loaded(CurvesModel read) {
        curves = read;
        String was = metric.getValue();
        List<String> names = read.metrics();
        metric.getItems().setAll(names);
        String preferred = names.contains("train/batch_loss") ? "train/batch_loss" : names.isEmpty() ? null : names.get(0);
        metric.setValue(was != null && names.contains(was) ? was : preferred);
        redraw();
    }

    /** Smoothing weight in [0, 0.99]; 0 draws the raw curves only. */
    void setSmoothing(double beta) {
        smoothing.setValue(beta);
    }

    double smoothingWeight() {
        return smoothing.getValue();
    }

    private void redraw() {
        CurveAxis x = axis.getValue();
        double beta = Math.min(0.99, Math.max(0, smoothing.getValue()));
        shown = metric.getValue() == null ? List.of() : curves.curves(metric.getValue(), x, beta);
        XYPlot plot = chart.getXYPlot();
        chart.setNotify(false);
        data.removeAllSeries();
        List<StyledRenderer.Look> looks = new ArrayList<>();
        boolean log = logScale.isSelected();
        boolean smoothed = beta > 0;
        for (CurvesModel.RunCurve c : shown) {
            int i = c.run().index();
            if (smoothed) {
                data.addSeries(series("raw " + c.run().label(), c.raw().x(), c.raw().y(), log));
                looks.add(new StyledRenderer.Look(RunStyles.faint(RunStyles.colour(i)), RunStyles.stroke(i, 1f), false,
                        false));
            }
            data.addSeries(series(c.run().label(), c.smoothed().x(), c.smoothed().y(), log));
            looks.add(new StyledRenderer.Look(RunStyles.colour(i), RunStyles.stroke(i, 2.2f), true, false));
        }
        renderer.setLooks(looks);
        plot.getDomainAxis().setLabel(x.label());
        String label = metric.getValue() == null ? "value" : metric.getValue();
        ValueAxis range = log ? new LogAxis(label) : new NumberAxis(label);
        if (range instanceof NumberAxis n) {
            n.setAutoRangeIncludesZero(false);
        } else {
            ((LogAxis) range).setSmallestValue(1e-6);
        }
        range.setLabelFont(plot.getRangeAxis().getLabelFont());
        range.setLabelPaint(plot.getRangeAxis().getLabelPaint());
        range.setTickLabelFont(plot.getRangeAxis().getTickLabelFont());
        range.setTickLabelPaint(plot.getRangeAxis().getTickLabelPaint());
        range.setAxisLinePaint(plot.getRangeAxis().getAxisLinePaint());
        plot.setRangeAxis(range);
        chart.setTitle(shown.isEmpty() ? null : label);
        chart.setNotify(true);
    }

    private static XYSeries series(String key, double[] x, double[] y, boolean positiveOnly) {
        XYSeries s = new XYSeries(key, false, true);
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(y[i]) && (!positiveOnly || y[i] > 0)) {
                s.add(x[i], y[i], false);
            }
        }
        return s;
    }

    /** Every run's smoothed (and raw) value at the x under the pointer, for the hover readout and tests. */
    String readoutAt(double x) {
        String text = CurvesModel.readout(shown, axis.getValue(), x);
        readout.setText(text);
        chart.getXYPlot().setDomainCrosshairVisible(true);
        chart.getXYPlot().setDomainCrosshairValue(x);
        return text;
    }

    /** The number of points of series {@code i} of the chart. */
    int seriesCount() {
        return data.getSeriesCount();
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(chart);
    }

    @Override
    public List<TableData> tables() {
        List<List<String>> rows = new ArrayList<>();
        for (CurvesModel.RunCurve c : shown) {
            for (int i = 0; i < c.raw().size(); i++) {
                rows.add(List.of(c.run().summary().id(), c.run().summary().name(), fmt(c.raw().x()[i]),
                        fmt(c.raw().y()[i]), fmt(c.smoothed().y()[i])));
            }
        }
        String x = axis.getValue().label();
        return List.of(new TableData("Curves: " + metric.getValue() + " by " + x,
                List.of("run", "name", x, "value", "smoothed"), rows));
    }

    private static String fmt(double v) {
        return Double.toString(v);
    }

    /** Converts the pointer's position to a data x and shows the readout there. */
    private final class Hover implements ChartMouseListenerFX {
        @Override
        public void chartMouseClicked(ChartMouseEventFX event) {
            chartMouseMoved(event);
        }

        @Override
        public void chartMouseMoved(ChartMouseEventFX event) {
            ChartViewer viewer = (ChartViewer) root.lookup("#curvesChart");
            if (viewer == null || viewer.getCanvas().getRenderingInfo() == null || shown.isEmpty()) {
                return;
            }
            var area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
            double px = event.getTrigger().getX();
            if (px < area.getMinX() || px > area.getMaxX()) {
                return;
            }
            XYPlot plot = chart.getXYPlot();
            readoutAt(plot.getDomainAxis().java2DToValue(px, area, plot.getDomainAxisEdge()));
        }
    }
}
