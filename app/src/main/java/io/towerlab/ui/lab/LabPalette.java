package io.towerlab.ui.lab;

import javafx.scene.paint.Color;

/**
 * The colours of the lab's canvases for a theme: a diverging blue–neutral–orange map for scores (readable
 * by the common colour-vision deficiencies), a sequential map for probabilities, and marks for
 * positives and accidental hits. The presentation palette is high-contrast on black.
 */
record LabPalette(Color background, Color text, Color muted, Color grid, Color negative, Color neutral,
                  Color positive, Color probability, Color mark, Color hit, Color bar, Color selection) {

    static LabPalette of(boolean dark, boolean presentation) {
        if (presentation) {
            return new LabPalette(Color.BLACK, Color.WHITE, Color.web("#d0d0d0"), Color.web("#444444"),
                    Color.web("#4aa8ff"), Color.web("#111111"), Color.web("#ffb000"), Color.web("#ffffff"),
                    Color.web("#00ff7f"), Color.web("#ff3df5"), Color.web("#ffb000"), Color.WHITE);
        }
        if (dark) {
            return new LabPalette(Color.web("#0d1117"), Color.web("#e6edf3"), Color.web("#8d96a0"),
                    Color.web("#30363d"), Color.web("#58a6ff"), Color.web("#161b22"), Color.web("#f0883e"),
                    Color.web("#d2a8ff"), Color.web("#3fb950"), Color.web("#ff7bd5"), Color.web("#f0883e"),
                    Color.web("#e6edf3"));
        }
        return new LabPalette(Color.WHITE, Color.web("#1f2328"), Color.web("#59636e"), Color.web("#d1d9e0"),
                Color.web("#0969da"), Color.web("#f6f8fa"), Color.web("#bc4c00"), Color.web("#6639ba"),
                Color.web("#1a7f37"), Color.web("#bf3989"), Color.web("#bc4c00"), Color.web("#1f2328"));
    }

    /** The colour of a score, {@code t} in [−1, 1] relative to the batch's largest magnitude. */
    Color score(double t) {
        double c = Math.max(-1, Math.min(1, t));
        return c < 0 ? neutral.interpolate(negative, -c) : neutral.interpolate(positive, c);
    }

    /** The colour of a probability p in [0, 1], on a square-root scale so that small shares stay visible. */
    Color probability(double p) {
        return neutral.interpolate(probability, Math.sqrt(Math.max(0, Math.min(1, p))));
    }
}
