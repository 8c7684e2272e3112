package io.towerlab.ui.common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import org.jfree.chart.JFreeChart;
import javafx.scene.layout.StackPane;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;

/**
 * Makes JFreeChart charts match the light or dark theme and the zoom, and keeps them matching.
 * Charts are changed on the FX thread only (JFreeChart is not thread-safe).
 */
public final class Charts {
    /** Reference lines (a baseline beside the model's curve) are drawn dashed and muted. */
    public static final String REFERENCE_PREFIX = "popularity";
    private static final BasicStroke REFERENCE_STROKE = new BasicStroke(1.8f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f);
    private static final Color[] SERIES = {new Color(0x2f81f7), new Color(0xf0883e), new Color(0x3fb950),
        new Color(0xdb61a2), new Color(0xa371f7)};
    private final List<JFreeChart> charts = new ArrayList<>();
    private final ObservableBooleanValue dark;
    private double zoom = 1;

    public Charts(ObservableBooleanValue dark) {
        this.dark = dark;
        dark.addListener((o, a, b) -> charts.forEach(this::style));
    }

    /**
     * A viewer for {@code chart} (with the given node id), styled now and on every theme change, inside a
     * pane of fixed preferred size: the viewer's own preferred size follows its canvas, which would make
     * a growing grid grow it further on every layout pass.
     */
    public StackPane viewer(JFreeChart chart, String id) {
        charts.add(chart);
        style(chart);
        chart.addChangeListener(e -> styleTitle(chart));
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId(id);
        viewer.setMinSize(0, 0);
        StackPane box = new StackPane(viewer);
        box.setMinSize(160, 140);
        box.setPrefSize(420, 280);
        return box;
    }

    public void setZoom(double value) {
        zoom = value;
        charts.forEach(this::style);
    }

    private void style(JFreeChart chart) {
        boolean d = dark.get();
        Color background = d ? new Color(0x0d1117) : Color.WHITE;
        Color text = text();
        Color grid = d ? new Color(0x30363d) : new Color(0xd0d7de);
        Color muted = d ? new Color(0x8b949e) : new Color(0x6e7781);
        int size = fontSize();
        chart.setBackgroundPaint(background);
        styleTitle(chart);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(background);
            legend.setItemPaint(text);
            legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(background);
        plot.setOutlineVisible(false);
        plot.setNoDataMessagePaint(muted);
        plot.setNoDataMessageFont(new Font(Font.SANS_SERIF, Font.PLAIN, size + 1));
        List<Axis> axes = new ArrayList<>();
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(grid);
            xy.setRangeGridlinePaint(grid);
            axes.addAll(List.of(xy.getDomainAxis(), xy.getRangeAxis()));
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(grid);
            axes.addAll(List.of(category.getDomainAxis(), category.getRangeAxis()));
        }
        for (Axis axis : axes) {
            axis.setLabelPaint(text);
            axis.setTickLabelPaint(text);
            axis.setAxisLinePaint(grid);
            axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
            axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, size - 1));
        }
        if (plot instanceof XYPlot xy) {
            for (int r = 0; r < xy.getRendererCount(); r++) {
                XYItemRenderer renderer = xy.getRenderer(r);
                for (int s = 0; s < SERIES.length; s++) {
                    boolean reference = isReference(xy, r, s);
                    renderer.setSeriesPaint(s, reference ? muted : SERIES[(s + r) % SERIES.length]);
                    renderer.setSeriesStroke(s, reference ? REFERENCE_STROKE : new BasicStroke(2f));
                }
            }
        }
    }

    /**
     * The title in the theme's text colour, also when a chart's owner has replaced it since the last theme
     * change ({@code setTitle(String)} on a chart without a title makes a new, black one).
     */
    private void styleTitle(JFreeChart chart) {
        TextTitle title = chart.getTitle();
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, fontSize() + 2);
        if (title != null && (!text().equals(title.getPaint()) || !font.equals(title.getFont()))) {
            title.setPaint(text());
            title.setFont(font);
        }
    }

    private Color text() {
        return dark.get() ? new Color(0xc9d1d9) : new Color(0x24292f);
    }

    private int fontSize() {
        return (int) Math.round(13 * zoom);
    }

    private static boolean isReference(org.jfree.chart.plot.XYPlot plot, int renderer, int series) {
        var data = plot.getDataset(renderer);
        return data != null && series < data.getSeriesCount()
                && String.valueOf(data.getSeriesKey(series)).startsWith(REFERENCE_PREFIX);
    }
}
