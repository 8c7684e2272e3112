package io.towerlab.ui.experiments.projection;

import javafx.scene.paint.Color;

/** Distinct colours for up to twenty groups (after Tableau 20), tuned for a light and a dark background. */
final class Palette {
    private static final String[] LIGHT = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#ad494a", "#637939", "#e6550d", "#3182bd",
        "#843c39", "#7b4173", "#31a354", "#de9ed6", "#6b6ecf"};
    private static final String[] DARK = {"#58a6ff", "#ffa657", "#56d364", "#ff7b72", "#d2a8ff", "#e3b341",
        "#f778ba", "#a5d6ff", "#d4d46a", "#39c5cf", "#9b9bff", "#ffb3ad", "#b6e37a", "#ff9e4a", "#79c0ff",
        "#c98b6b", "#e09cdc", "#7ee2a8", "#f2cc60", "#8b949e"};

    private Palette() {
    }

    static Color[] of(int groups, boolean dark) {
        String[] source = dark ? DARK : LIGHT;
        Color[] out = new Color[groups];
        for (int i = 0; i < groups; i++) {
            out[i] = Color.web(source[i % source.length]);
        }
        return out;
    }
}
