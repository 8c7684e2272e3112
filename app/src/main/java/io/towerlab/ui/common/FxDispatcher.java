package io.towerlab.ui.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The one adapter that posts to the JavaFX application thread. Low-rate work goes through
 * {@link Platform#runLater}; frame work runs from one {@link AnimationTimer}, once per pulse, so a
 * training run that reports hundreds of batches a second still costs one UI update per frame.
 */
public final class FxDispatcher implements UiDispatcher {
    private final List<Runnable> frameActions = new CopyOnWriteArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            for (Runnable action : frameActions) {
                action.run();
            }
        }
    };

    @Override
    public void post(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void onEveryFrame(Runnable action) {
        frameActions.add(action);
        post(timer::start);
    }

    /** Stops the frame timer (on shutdown). */
    public void stop() {
        post(timer::stop);
    }
}
