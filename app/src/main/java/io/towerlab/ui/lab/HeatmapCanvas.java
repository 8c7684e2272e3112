package io.towerlab.ui.lab;

import io.towerlab.core.lab.LabBatch;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Three panels with one row per query of the batch: the score matrix (positives outlined, accidental
 * hits dashed), the softmax of each row as the loss takes it, and each row's loss ℓᵢ. A click selects
 * the row whose numbers the formula shows.
 */
final class HeatmapCanvas extends ResizableCanvas {
    private static final double GAP = 22;
    private static final double BARS = 0.16;

    final ObjectProperty<LabBatch> batch = new SimpleObjectProperty<>();
    final ObjectProperty<LabPalette> palette = new SimpleObjectProperty<>(LabPalette.of(false, false));
    final IntegerProperty selectedRow = new SimpleIntegerProperty();
    private double top;
    private double cellH;

    HeatmapCanvas() {
        setId("labHeatmap");
        batch.addListener((o, a, b) -> redraw());
        palette.addListener((o, a, b) -> redraw());
        selectedRow.addListener((o, a, b) -> redraw());
        setOnMouseClicked(e -> {
            LabBatch b = batch.get();
            if (b != null && cellH > 0) {
                int row = (int) ((e.getY() - top) / cellH);
                if (row >= 0 && row < b.rows()) {
                    selectedRow.set(row);
                }
            }
        });
        setMinSize(200, 160);
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        LabPalette p = palette.get();
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        LabBatch b = batch.get();
        double fs = fontSize(30);
        g.setFont(Font.font(null, FontWeight.NORMAL, fs));
        g.setTextBaseline(VPos.TOP);
        if (b == null) {
            g.setFill(p.muted());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("The score matrix of the next batch appears here.\nPress Step, or Run to train continuously.",
                    w / 2, h / 2 - fs);
            return;
        }
        top = fs * 2.6;
        double legend = fs * 3.8;
        cellH = (h - top - legend) / b.rows();
        double barsW = Math.max(60, w * BARS);
        double matrixW = (w - barsW - 2 * GAP) / 2;
        double cellW = Math.min(matrixW / b.columns(), cellH * (b.inBatch() ? 1 : 4));
        double left = 0;
        double width = cellW * b.columns();
        double maxAbs = maxAbs(b.scores());
        title(g, p, fs, left, width, b.inBatch() ? "S = U Vᵀ / τ  (" + b.rows() + " × " + b.columns() + ")"
                : "s⁺ | s⁻₁ … s⁻" + sub(b.columns() - 1) + "  (" + b.rows() + " × " + b.columns() + ")");
        for (int i = 0; i < b.rows(); i++) {
            for (int j = 0; j < b.columns(); j++) {
                g.setFill(p.score(b.score(i, j) / maxAbs));
                g.fillRect(left + j * cellW, top + i * cellH, Math.ceil(cellW), Math.ceil(cellH));
            }
        }
        marks(g, p, b, left, cellW);
        selection(g, p, b, left, width);
        scoreLegend(g, p, fs, left, top + b.rows() * cellH + fs * 0.6, width, maxAbs);
        double left2 = left + width + GAP;
        title(g, p, fs, left2, width, "softmax of each row");
        for (int i = 0; i < b.rows(); i++) {
            for (int j = 0; j < b.columns(); j++) {
                g.setFill(p.probability(b.softmax()[i * b.columns() + j]));
                g.fillRect(left2 + j * cellW, top + i * cellH, Math.ceil(cellW), Math.ceil(cellH));
            }
        }
        marks(g, p, b, left2, cellW);
        selection(g, p, b, left2, width);
        g.setFill(p.muted());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("0 … 1 (√ scale)", left2, top + b.rows() * cellH + fs * 0.6, width);
        marksLegend(g, p, fs, left, top + b.rows() * cellH + fs * 2.1, b.inBatch());
        rowLosses(g, p, b, fs, left2 + width + GAP, Math.min(barsW, w - left2 - width - GAP));
    }

    private void marks(GraphicsContext g, LabPalette p, LabBatch b, double left, double cellW) {
        g.setLineWidth(Math.max(1.5, Math.min(cellW, cellH) / 6));
        g.setStroke(p.mark());
        g.setLineDashes();
        for (int i = 0; i < b.rows(); i++) {
            int j = b.positiveColumn(i);
            g.strokeRect(left + j * cellW + 0.5, top + i * cellH + 0.5, cellW - 1, cellH - 1);
        }
        g.setStroke(p.hit());
        g.setLineDashes(3, 2);
        for (int i = 0; i < b.rows(); i++) {
            for (int j = 0; j < b.columns(); j++) {
                if (b.accidentalHit()[i * b.columns() + j]) {
                    g.strokeRect(left + j * cellW + 0.5, top + i * cellH + 0.5, cellW - 1, cellH - 1);
                }
            }
        }
        g.setLineDashes();
    }

    private void selection(GraphicsContext g, LabPalette p, LabBatch b, double left, double width) {
        int row = selectedRow.get();
        if (row < b.rows()) {
            g.setStroke(p.selection());
            g.setLineWidth(1.5);
            g.strokeRect(left - 2, top + row * cellH - 1, width + 4, cellH + 2);
        }
    }

    private void rowLosses(GraphicsContext g, LabPalette p, LabBatch b, double fs, double left, double width) {
        title(g, p, fs, left, width, "ℓᵢ");
        double max = 1e-9;
        for (float v : b.rowLoss()) {
            max = Math.max(max, Float.isFinite(v) ? v : 0);
        }
        for (int i = 0; i < b.rows(); i++) {
            double v = Float.isFinite(b.rowLoss()[i]) ? b.rowLoss()[i] : max;
            g.setFill(i == selectedRow.get() ? p.selection() : p.bar());
            g.fillRect(left, top + i * cellH + cellH * 0.15, width * v / max, Math.max(1, cellH * 0.7));
        }
        g.setFill(p.muted());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("max " + LossFormula.fmt(max), left, top + b.rows() * cellH + fs * 0.6, width);
    }

    private void scoreLegend(GraphicsContext g, LabPalette p, double fs, double left, double y, double width,
                             double maxAbs) {
        double barW = Math.min(width, fs * 9);
        for (int k = 0; k < barW; k++) {
            g.setFill(p.score(2.0 * k / barW - 1));
            g.fillRect(left + k, y + fs * 0.2, 1.5, fs * 0.7);
        }
        g.setFill(p.muted());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("±" + LossFormula.fmt(maxAbs), left + barW + fs * 0.5, y, Math.max(10, width - barW - fs * 0.5));
    }

    private static void marksLegend(GraphicsContext g, LabPalette p, double fs, double left, double y, boolean hits) {
        double box = fs * 0.8;
        g.setLineWidth(2);
        g.setStroke(p.mark());
        g.strokeRect(left + 1, y + fs * 0.15, box, box);
        g.setFill(p.muted());
        g.setTextAlign(TextAlignment.LEFT);
        String positive = "positive";
        g.fillText(positive, left + box + fs * 0.4, y);
        if (hits) {
            double x = left + box + fs * 0.4 + fs * 4.6;
            g.setStroke(p.hit());
            g.setLineDashes(3, 2);
            g.strokeRect(x, y + fs * 0.15, box, box);
            g.setLineDashes();
            g.fillText("accidental hit (same document)", x + box + fs * 0.4, y);
        }
    }

    private static void title(GraphicsContext g, LabPalette p, double fs, double left, double width, String text) {
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(Font.font(null, FontWeight.BOLD, fs));
        g.fillText(text, left, fs * 0.6, Math.max(40, width + GAP - 4));
        g.setFont(Font.font(null, FontWeight.NORMAL, fs));
    }

    private static double maxAbs(float[] values) {
        double m = 1e-6;
        for (float v : values) {
            if (Float.isFinite(v)) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }

    private static String sub(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            out.append((char) ('₀' + (c - '0')));
        }
        return out.toString();
    }
}
