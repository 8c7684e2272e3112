package io.towerlab.ui.train;

import io.towerlab.ui.common.Charts;
import java.util.List;
import javafx.beans.value.ObservableValue;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import javafx.scene.layout.StackPane;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The live charts of the selected run: training loss per step (raw and smoothed), validation loss
 * and recall@k per epoch. Series follow the run's point lists, which change once per frame at most.
 */
final class TrainCharts extends GridPane {
    private final XYSeries loss = new XYSeries("loss");
    private final XYSeries smoothed = new XYSeries("smoothed");
    private final XYSeries validLoss = new XYSeries("validation loss");
    private final XYSeries recall = new XYSeries("model");
    private final XYSeries recallBaseline = new XYSeries(Charts.REFERENCE_PREFIX + " baseline");
    private final JFreeChart recallChart;
    private final List<JFreeChart> charts;
    private final javafx.beans.value.ChangeListener<Number> redraw = (o, a, b) -> sync();
    private RunViewModel shown;
    private final List<Link> links = List.of(new Link(loss, RunViewModel::loss),
            new Link(smoothed, RunViewModel::smoothedLoss), new Link(validLoss, RunViewModel::validLoss),
            new Link(recall, RunViewModel::recall), new Link(recallBaseline, RunViewModel::recallBaseline));

    TrainCharts(ObservableValue<RunViewModel> selected, Charts styler) {
        setId("trainCharts");
        JFreeChart lossChart = ChartFactory.createXYLineChart("Training loss", "step", "loss",
                collection(loss, smoothed), PlotOrientation.VERTICAL, true, true, false);
        ((NumberAxis) lossChart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        lossChart.getXYPlot().getDomainAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        lossChart.getXYPlot().setNoDataMessage("The loss of every step appears here while a run trains");
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setDrawSeriesLineAsPath(true);
        lossChart.setAntiAlias(false); // the busiest chart: aliased lines draw in half the time in software rendering
        lossChart.getXYPlot().setRenderer(lines);
        JFreeChart validChart = ChartFactory.createXYLineChart("Validation loss", "epoch", "loss",
                collection(validLoss), PlotOrientation.VERTICAL, false, true, false);
        ((NumberAxis) validChart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        recallChart = ChartFactory.createXYLineChart("Validation recall", "epoch", "recall",
                collection(recall, recallBaseline), PlotOrientation.VERTICAL, true, true, false);
        charts = List.of(lossChart, validChart, recallChart);
        for (JFreeChart epochChart : List.of(validChart, recallChart)) {
            epochChart.getXYPlot().getDomainAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            epochChart.getXYPlot().setRenderer(new XYLineAndShapeRenderer(true, true));
            epochChart.getXYPlot().setNoDataMessage("Drawn after each epoch's validation");
        }
        ((XYLineAndShapeRenderer) recallChart.getXYPlot().getRenderer()).setSeriesShapesVisible(1, false);
        StackPane lossViewer = styler.viewer(lossChart, "lossChart");
        StackPane validViewer = styler.viewer(validChart, "validChart");
        StackPane recallViewer = styler.viewer(recallChart, "recallChart");
        add(lossViewer, 0, 0, 2, 1);
        add(validViewer, 0, 1);
        add(recallViewer, 1, 1);
        for (StackPane v : List.of(lossViewer, validViewer, recallViewer)) {
            GridPane.setHgrow(v, Priority.ALWAYS);
            GridPane.setVgrow(v, Priority.ALWAYS);
        }
        setHgap(12);
        setVgap(12);
        selected.addListener((o, old, run) -> show(run));
        show(selected.getValue());
    }

    private static XYSeriesCollection collection(XYSeries... series) {
        XYSeriesCollection c = new XYSeriesCollection();
        for (XYSeries s : series) {
            c.addSeries(s);
        }
        return c;
    }

    private void show(RunViewModel run) {
        if (shown != null) {
            shown.revisionProperty().removeListener(redraw);
        }
        shown = run;
        links.forEach(l -> l.series.clear());
        if (run != null) {
            recallChart.getXYPlot().getRangeAxis().setLabel(run.recallMetric());
            recallChart.setTitle("Validation " + run.recallMetric());
            run.revisionProperty().addListener(redraw);
            sync();
        }
    }

    /** Brings every series in step with its point list, redrawing each chart once. */
    private void sync() {
        charts.forEach(c -> c.setNotify(false));
        for (Link l : links) {
            l.sync(l.source.apply(shown));
        }
        charts.forEach(c -> c.setNotify(true));
    }

    /** One series following one point list of the shown run. */
    private record Link(XYSeries series, Function<RunViewModel, ObservableList<Point>> source) {
        void sync(List<Point> points) {
            int have = series.getItemCount();
            boolean same = have <= points.size() && (have == 0
                    || series.getX(have - 1).doubleValue() == points.get(have - 1).x());
            if (!same) {
                series.clear();
                have = 0;
            }
            for (int i = have; i < points.size(); i++) {
                series.add(points.get(i).x(), points.get(i).y(), false);
            }
            if (points.size() > have || !same) {
                series.fireSeriesChanged();
            }
        }
    }
}
