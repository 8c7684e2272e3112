package io.towerlab.ui.data;

import io.towerlab.ui.common.Charts;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.LogAxis;
import javafx.scene.layout.StackPane;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.time.Millisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The data view's three charts: popularity long tail (log-log), interactions per query, activity over time. */
final class DataChartsPane extends GridPane {
    private final XYSeries tail = new XYSeries("clicks per document");
    private final XYSeries perQuery = new XYSeries("queries");
    private final TimeSeries activity = new TimeSeries("clicks");

    DataChartsPane(ReadOnlyObjectProperty<DatasetCharts> charts, Charts styler) {
        JFreeChart tailChart = ChartFactory.createXYLineChart("Popularity long tail", "document rank",
                "clicks", new XYSeriesCollection(tail), PlotOrientation.VERTICAL, false, true, false);
        XYPlot tailPlot = tailChart.getXYPlot();
        tailPlot.setDomainAxis(logAxis("document rank (log)"));
        tailPlot.setRangeAxis(logAxis("clicks (log)"));
        JFreeChart histogram = ChartFactory.createXYBarChart("Interactions per query", "interactions", false,
                "queries", new XYSeriesCollection(perQuery), PlotOrientation.VERTICAL, false, true, false);
        XYBarRenderer bars = (XYBarRenderer) histogram.getXYPlot().getRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setMargin(0.1);
        JFreeChart time = ChartFactory.createTimeSeriesChart("Activity over time", "time", "clicks",
                new TimeSeriesCollection(activity), false, true, false);
        ((DateAxis) time.getXYPlot().getDomainAxis()).setLowerMargin(0.01);
        StackPane[] viewers = {styler.viewer(tailChart, "tailChart"), styler.viewer(histogram, "perQueryChart"),
            styler.viewer(time, "activityChart")};
        for (int i = 0; i < viewers.length; i++) {
            javafx.scene.layout.ColumnConstraints third = new javafx.scene.layout.ColumnConstraints();
            third.setPercentWidth(100.0 / viewers.length);
            getColumnConstraints().add(third);
            add(viewers[i], i, 0);
            GridPane.setHgrow(viewers[i], Priority.ALWAYS);
            GridPane.setVgrow(viewers[i], Priority.ALWAYS);
        }
        setHgap(12);
        setMinSize(0, 0);
        setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        charts.addListener((o, old, c) -> show(c));
        show(charts.get());
    }

    private static LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setSmallestValue(1);
        axis.setDefaultAutoRange(new org.jfree.data.Range(1, 1000));
        axis.setMinorTickMarksVisible(true);
        axis.setAutoTickUnitSelection(false);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        axis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
        return axis;
    }

    private void show(DatasetCharts c) {
        tail.clear();
        perQuery.clear();
        activity.clear();
        if (c == null) {
            return;
        }
        tail.setNotify(false);
        for (int i = 0; i < c.tailRank().length; i++) {
            tail.add(c.tailRank()[i], c.tailCount()[i], false);
        }
        tail.setNotify(true);
        int width = c.perQueryBin().length > 1 ? c.perQueryBin()[1] - c.perQueryBin()[0] : 1;
        perQuery.setNotify(false);
        for (int i = 0; i < c.perQueryBin().length; i++) {
            perQuery.add(c.perQueryBin()[i] + width / 2.0, c.perQueryCount()[i], false);
        }
        perQuery.setNotify(true);
        activity.setNotify(false);
        for (int i = 0; i < c.activityTime().length; i++) {
            activity.addOrUpdate(new Millisecond(new java.util.Date(c.activityTime()[i])), c.activityCount()[i]);
        }
        activity.setNotify(true);
    }
}
