package io.towerlab.ui.shell;

import io.towerlab.core.train.MemoryUse;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The status bar's memory reading, refreshed every two seconds: the Java heap in use against its
 * ceiling, and the memory the process holds outside the heap, where the engine keeps its tensors
 * (embedding tables, optimizer moments) and which {@code -Xmx} does not bound.
 */
final class MemoryGauge extends Label {
    private static final Duration EVERY = Duration.seconds(2);

    MemoryGauge() {
        setId("statusMemory");
        setGraphic(new FontIcon("mdi2m-memory"));
        setTooltip(new Tooltip("Java heap in use of its maximum (-Xmx), and native memory: what the process holds"
                + " outside the heap, mostly the engine's tensors (embedding tables, optimizer state).\n"
                + "Native memory is not limited by -Xmx; together they are what the app takes from the system."));
        refresh();
        Timeline timeline = new Timeline(new KeyFrame(EVERY, e -> refresh()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    private void refresh() {
        setText(MemoryText.of(MemoryUse.now()));
    }
}
