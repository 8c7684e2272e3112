package io.towerlab.ui.train;

import io.towerlab.ui.common.Charts;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
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
    private final XYSeries recall = new XYSeries("recall");
    private final JFreeChart recallChart;
    private RunViewModel shown;
    private final List<Link> links = List.of(new Link(loss, RunViewModel::loss),
            new Link(smoothed, RunViewModel::smoothedLoss), new Link(validLoss, RunViewModel::validLoss),
            new Link(recall, RunViewModel::recall));

    TrainCharts(ObservableValue<RunViewModel> selected, Charts styler) {
        setId("trainCharts");
        JFreeChart lossChart = ChartFactory.createXYLineChart("Training loss", "step", "loss",
                collection(loss, smoothed), PlotOrientation.VERTICAL, true, true, false);
        ((NumberAxis) lossChart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        JFreeChart validChart = ChartFactory.createXYLineChart("Validation loss", "epoch", "loss",
                collection(validLoss), PlotOrientation.VERTICAL, false, true, false);
        ((NumberAxis) validChart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        recallChart = ChartFactory.createXYLineChart("Validation recall", "epoch", "recall",
                collection(recall), PlotOrientation.VERTICAL, false, true, false);
        for (JFreeChart epochChart : List.of(validChart, recallChart)) {
            epochChart.getXYPlot().getDomainAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            epochChart.getXYPlot().setRenderer(new XYLineAndShapeRenderer(true, true));
        }
        ChartViewer lossViewer = styler.viewer(lossChart);
        lossViewer.setId("lossChart");
        ChartViewer validViewer = styler.viewer(validChart);
        ChartViewer recallViewer = styler.viewer(recallChart);
        recallViewer.setId("recallChart");
        add(lossViewer, 0, 0, 2, 1);
        add(validViewer, 0, 1);
        add(recallViewer, 1, 1);
        for (ChartViewer v : List.of(lossViewer, validViewer, recallViewer)) {
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
            links.forEach(l -> l.source.apply(shown).removeListener(l.listener));
        }
        shown = run;
        links.forEach(l -> l.series.clear());
        if (run != null) {
            recallChart.getXYPlot().getRangeAxis().setLabel(run.recallMetric());
            recallChart.setTitle("Validation " + run.recallMetric());
            for (Link l : links) {
                ObservableList<Point> points = l.source.apply(run);
                l.append(points, 0);
                points.addListener(l.listener);
            }
        }
    }

    /** Keeps one series in step with one point list of the shown run. */
    private static final class Link {
        final XYSeries series;
        final java.util.function.Function<RunViewModel, ObservableList<Point>> source;
        final ListChangeListener<Point> listener;

        Link(XYSeries series, java.util.function.Function<RunViewModel, ObservableList<Point>> source) {
            this.series = series;
            this.source = source;
            this.listener = change -> {
                while (change.next()) {
                    if (change.wasAdded()) {
                        append(change.getList(), change.getFrom());
                    }
                }
            };
        }

        void append(List<? extends Point> points, int from) {
            if (from >= points.size()) {
                return;
            }
            series.setNotify(false);
            for (int i = from; i < points.size(); i++) {
                series.add(points.get(i).x(), points.get(i).y(), false);
            }
            series.setNotify(true);
        }
    }
}
