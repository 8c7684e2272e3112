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
 * ceiling, and the process's whole resident memory, which includes the engine's tensors outside the
 * heap (embedding tables, optimizer moments) that {@code -Xmx} does not bound.
 */
final class MemoryGauge extends Label {
    private static final Duration EVERY = Duration.seconds(2);

    MemoryGauge() {
        setId("statusMemory");
        setGraphic(new FontIcon("mdi2m-memory"));
        setTooltip(new Tooltip("Heap: Java memory in use of its maximum (-Xmx).\nProcess: all the memory the app"
                + " holds, including the engine's tensors outside the heap (embedding tables, optimizer state),"
                + " which -Xmx does not limit."));
        refresh();
        Timeline timeline = new Timeline(new KeyFrame(EVERY, e -> refresh()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    private void refresh() {
        setText(MemoryText.of(MemoryUse.now()));
    }
}
