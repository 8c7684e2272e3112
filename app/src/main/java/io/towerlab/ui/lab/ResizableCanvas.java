package io.towerlab.ui.lab;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/** A region holding a canvas that follows its size and is redrawn by {@link #draw} when it changes. */
abstract class ResizableCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private double minFont = 11;

    ResizableCanvas() {
        getChildren().add(canvas);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
    }

    /** The smallest font size of the canvas's text (larger in presentation mode). */
    final void setMinFont(double size) {
        minFont = size;
        redraw();
    }

    /** A font size that follows the canvas's height between the minimum and 1.6 times it. */
    final double fontSize(double divisor) {
        return Math.max(minFont, Math.min(minFont * 1.6, getHeight() / divisor));
    }

    /** Redraws now, at the current size. */
    final void redraw() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (canvas.getWidth() > 10 && canvas.getHeight() > 10) {
            draw(g, canvas.getWidth(), canvas.getHeight());
        }
    }

    abstract void draw(GraphicsContext g, double width, double height);
}
