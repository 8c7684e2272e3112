package io.towerlab.ui.experiments.projection;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A 2D scatter of up to 50,000 points drawn on a {@link Canvas} (one fill per point, fast enough to
 * redraw on every t-SNE progress step), coloured by group, with the selected point and its
 * neighbours ringed. Reports the point under the mouse (within a few pixels) for hover and click.
 */
public final class ScatterCanvas extends Region {
    private static final double MARGIN = 14;
    private static final double PICK_RADIUS = 6;

    private final Canvas canvas = new Canvas();
    private float[] layout = new float[0];
    private int[] groups = new int[0];
    private Color[] palette = new Color[0];
    private int selected = -1;
    private int[] neighbours = new int[0];
    private boolean dark;
    private double minX;
    private double minY;
    private double scale = 1;

    public ScatterCanvas() {
        getChildren().add(canvas);
        getStyleClass().add("scatter-canvas");
        setMinSize(120, 120);
        setPrefSize(480, 420);
    }

    /** Sets what to draw: {@code x, y} per point, each point's group (-1: none), the group colours. */
    public void setData(float[] layout, int[] groups, Color[] palette, boolean dark) {
        this.layout = layout;
        this.groups = groups;
        this.palette = palette;
        this.dark = dark;
        fit();
        draw();
    }

    /** Rings the selected point (or none: -1) and its neighbours. */
    public void setHighlight(int selected, List<Integer> neighbours) {
        this.selected = selected;
        this.neighbours = neighbours.stream().mapToInt(Integer::intValue).filter(i -> i >= 0).toArray();
        draw();
    }

    public int pointCount() {
        return layout.length / 2;
    }

    /** Calls {@code action} with the point under the mouse (or -1) when it moves, and on a click. */
    public void onPoint(IntConsumer hover, IntConsumer click) {
        canvas.setOnMouseMoved(e -> hover.accept(pointAt(e.getX(), e.getY())));
        canvas.setOnMouseExited(e -> hover.accept(-1));
        canvas.setOnMouseClicked(e -> click.accept(pointAt(e.getX(), e.getY())));
    }

    /** The point nearest to (x, y) in pixels within the pick radius, or -1. */
    public int pointAt(double x, double y) {
        int best = -1;
        double bestD = PICK_RADIUS * PICK_RADIUS;
        for (int i = 0; i < pointCount(); i++) {
            double dx = screenX(i) - x;
            double dy = screenY(i) - y;
            double d = dx * dx + dy * dy;
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** The screen position of a point, for tests and tooltips. */
    public double screenX(int i) {
        return MARGIN + (layout[2 * i] - minX) * scale;
    }

    public double screenY(int i) {
        return getHeight() - MARGIN - (layout[2 * i + 1] - minY) * scale;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            fit();
            draw();
        }
    }

    private void fit() {
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        minX = Double.POSITIVE_INFINITY;
        minY = Double.POSITIVE_INFINITY;
        for (int i = 0; i < pointCount(); i++) {
            minX = Math.min(minX, layout[2 * i]);
            maxX = Math.max(maxX, layout[2 * i]);
            minY = Math.min(minY, layout[2 * i + 1]);
            maxY = Math.max(maxY, layout[2 * i + 1]);
        }
        double w = Math.max(1, getWidth() - 2 * MARGIN);
        double h = Math.max(1, getHeight() - 2 * MARGIN);
        double spanX = Math.max(1e-9, maxX - minX);
        double spanY = Math.max(1e-9, maxY - minY);
        scale = Math.min(w / spanX, h / spanY);
        // centre the layout in the free direction
        minX -= (w / scale - spanX) / 2;
        minY -= (h / scale - spanY) / 2;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(dark ? Color.web("#0d1117") : Color.web("#ffffff"));
        g.fillRect(0, 0, w, h);
        g.setStroke(dark ? Color.web("#30363d") : Color.web("#d0d7de"));
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
        int n = pointCount();
        double size = n > 20_000 ? 2.2 : n > 5_000 ? 3 : n > 2_000 ? 4.5 : 6;
        Color none = dark ? Color.web("#6e7681") : Color.web("#8c959f");
        boolean dim = selected >= 0;
        for (int i = 0; i < n; i++) {
            int group = i < groups.length ? groups[i] : -1;
            Color c = group >= 0 && group < palette.length ? palette[group] : none;
            g.setFill(dim ? c.deriveColor(0, 0.7, 1, 0.5) : c.deriveColor(0, 1, 1, 0.85));
            g.fillOval(screenX(i) - size / 2, screenY(i) - size / 2, size, size);
        }
        g.setLineWidth(2);
        g.setStroke(dark ? Color.web("#e6edf3") : Color.web("#1f2328"));
        for (int i : neighbours) {
            g.strokeOval(screenX(i) - 5, screenY(i) - 5, 10, 10);
        }
        if (selected >= 0) {
            g.setStroke(dark ? Color.web("#f0883e") : Color.web("#cf222e"));
            g.setLineWidth(3);
            g.strokeOval(screenX(selected) - 8, screenY(selected) - 8, 16, 16);
        }
    }
}
