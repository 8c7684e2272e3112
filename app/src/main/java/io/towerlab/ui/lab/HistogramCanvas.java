package io.towerlab.ui.lab;

import io.towerlab.core.lab.LabBatch;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The positive and the negative scores of the latest batch as two histograms over shared bins, each
 * scaled to its own peak, with their means marked: the gap between the two is what every ranking loss
 * pushes to widen.
 */
final class HistogramCanvas extends ResizableCanvas {
    private static final int BINS = 40;

    final ObjectProperty<LabBatch> batch = new SimpleObjectProperty<>();
    final ObjectProperty<LabPalette> palette = new SimpleObjectProperty<>(LabPalette.of(false, false));

    HistogramCanvas() {
        setId("labHistogram");
        batch.addListener((o, a, b) -> redraw());
        palette.addListener((o, a, b) -> redraw());
        setMinSize(200, 110);
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        LabPalette p = palette.get();
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        LabBatch b = batch.get();
        double fs = fontSize(10);
        g.setFont(Font.font(null, FontWeight.NORMAL, fs));
        g.setTextBaseline(VPos.TOP);
        if (b == null) {
            return;
        }
        float[] pos = b.positiveScores();
        float[] neg = b.negativeScores();
        double min = Math.min(min(pos), min(neg));
        double max = Math.max(max(pos), max(neg));
        if (!(max > min)) {
            max = min + 1;
        }
        String[] labels = {"■ positives (" + pos.length + ")", "■ negatives (" + neg.length + ")",
            "mean s⁺ − mean s⁻ = " + LossFormula.fmt(mean(pos) - mean(neg))};
        double top = legend(g, new javafx.scene.paint.Color[] {p.mark(), p.negative(), p.text()}, labels, w, fs)
                + fs * 0.4;
        double bottom = h - fs * 1.6;
        double[] hp = bins(pos, min, max);
        double[] hn = bins(neg, min, max);
        double binW = w / BINS;
        for (int k = 0; k < BINS; k++) {
            double x = k * binW;
            g.setFill(p.negative().deriveColor(0, 1, 1, 0.55));
            g.fillRect(x + 1, bottom - (bottom - top) * hn[k], binW - 2, (bottom - top) * hn[k]);
            g.setFill(p.mark().deriveColor(0, 1, 1, 0.75));
            g.fillRect(x + binW * 0.25, bottom - (bottom - top) * hp[k], binW * 0.5, (bottom - top) * hp[k]);
        }
        double meanPos = mean(pos);
        double meanNeg = mean(neg);
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.setStroke(p.mark());
        double xp = (meanPos - min) / (max - min) * w;
        g.strokeLine(xp, top, xp, bottom);
        g.setStroke(p.negative());
        double xn = (meanNeg - min) / (max - min) * w;
        g.strokeLine(xn, top, xn, bottom);
        g.setLineDashes();
        g.setStroke(p.grid());
        g.strokeLine(0, bottom, w, bottom);
        g.setFill(p.muted());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(LossFormula.fmt(min), 2, bottom + fs * 0.2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(LossFormula.fmt(max), w - 2, bottom + fs * 0.2);
    }

    /** Draws the legend entries in a row, wrapping when they do not fit; returns the height used. */
    private static double legend(GraphicsContext g, javafx.scene.paint.Color[] colours, String[] texts, double w,
                                 double fs) {
        g.setTextAlign(TextAlignment.LEFT);
        double x = 0;
        double y = 0;
        for (int i = 0; i < texts.length; i++) {
            javafx.scene.text.Text measure = new javafx.scene.text.Text(texts[i]);
            measure.setFont(g.getFont());
            double width = measure.getLayoutBounds().getWidth();
            if (x > 0 && x + width > w) {
                x = 0;
                y += fs * 1.3;
            }
            g.setFill(colours[i]);
            g.fillText(texts[i], x, y);
            x += width + fs * 1.2;
        }
        return y + fs * 1.3;
    }

    private static double[] bins(float[] values, double min, double max) {
        double[] out = new double[BINS];
        for (float v : values) {
            int k = (int) Math.min(BINS - 1, Math.max(0, (v - min) / (max - min) * BINS));
            out[k]++;
        }
        double peak = 0;
        for (double c : out) {
            peak = Math.max(peak, c);
        }
        for (int k = 0; k < BINS && peak > 0; k++) {
            out[k] /= peak;
        }
        return out;
    }

    private static double mean(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x;
        }
        return v.length == 0 ? 0 : s / v.length;
    }

    private static double min(float[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (float x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(float[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (float x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
