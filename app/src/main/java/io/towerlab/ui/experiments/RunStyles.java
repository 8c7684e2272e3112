package io.towerlab.ui.experiments;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/**
 * The look of run number i of a comparison, the same in every panel: a colour and a dash pattern that
 * both change from one run to the next, so runs stay apart in print, for colour-blind readers and
 * beyond the number of colours.
 */
public final class RunStyles {
    private static final Color[] COLOURS = {new Color(0x2f81f7), new Color(0xf0883e), new Color(0x3fb950),
        new Color(0xdb61a2), new Color(0xa371f7), new Color(0x1b998b), new Color(0xd4a72c), new Color(0xe5534b)};
    private static final float[][] DASHES = {null, {9f, 4f}, {2.5f, 3.5f}, {12f, 4f, 2.5f, 4f}, {5f, 5f},
        {14f, 3f, 3f, 3f, 3f, 3f}};

    private RunStyles() {
    }

    public static Color colour(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }

    /** The dash pattern of run i, or null for a solid line; it cycles with a different period than colours. */
    public static float[] dash(int index) {
        return DASHES[Math.floorMod(index, DASHES.length)];
    }

    public static Stroke stroke(int index, float width) {
        float[] dash = dash(index);
        return dash == null ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** The colour drawn faint behind a smoothed curve. */
    public static Color faint(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 70);
    }

    /** Reference lines (popularity, oracle): muted, in two dash patterns of their own. */
    public static Color reference(boolean dark) {
        return dark ? new Color(0x8b949e) : new Color(0x6e7781);
    }

    public static Stroke referenceStroke(int which) {
        float[] dash = which == 0 ? new float[] {7f, 5f} : new float[] {2f, 4f};
        return new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }
}
