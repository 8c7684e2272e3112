package io.towerlab.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Parent;

/** Switches the AtlantaFX user-agent stylesheet (Primer light or dark) and scales fonts for zoom. */
public final class Themes {
    /** The base font size at zoom 1, in pixels. */
    public static final double BASE_FONT = 14;

    private Themes() {
    }

    public static void apply(boolean dark, Parent root) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        root.getStyleClass().removeAll("dark", "light");
        root.getStyleClass().add(dark ? "dark" : "light");
    }

    public static void zoom(double zoom, Parent root) {
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT * zoom));
    }
}
