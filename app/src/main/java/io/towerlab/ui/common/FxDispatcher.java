package io.towerlab.ui.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The one adapter that posts to the JavaFX application thread. Low-rate work goes through
 * {@link Platform#runLater}; frame work runs from one {@link AnimationTimer} at most once per pulse
 * and at most every {@value #FRAME_INTERVAL_MS} ms, so a training run that reports hundreds of
 * batches a second costs a few UI updates a second, and redrawing charts leaves the FX thread free.
 */
public final class FxDispatcher implements UiDispatcher {
    /** The shortest time between two runs of the frame actions. */
    public static final long FRAME_INTERVAL_MS = 50;
    private final List<Runnable> frameActions = new CopyOnWriteArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        private long last;

        @Override
        public void handle(long now) {
            if (now - last < FRAME_INTERVAL_MS * 1_000_000L) {
                return;
            }
            last = now;
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
