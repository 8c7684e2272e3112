package io.towerlab.ui.common;

/**
 * Where view-model state changes run: the FX application thread in the app ({@link FxDispatcher}),
 * the calling thread in tests. {@link #onEveryFrame} registers work that runs at most once per
 * rendered frame, which is how high-rate events are coalesced.
 */
public interface UiDispatcher {

    /** Runs {@code action} on the UI thread, later. */
    void post(Runnable action);

    /** Runs {@code action} once per frame, on the UI thread, until the app stops. */
    void onEveryFrame(Runnable action);

    /** A dispatcher that runs everything at once on the calling thread and never ticks frames. */
    static UiDispatcher direct() {
        return new UiDispatcher() {
            @Override
            public void post(Runnable action) {
                action.run();
            }

            @Override
            public void onEveryFrame(Runnable action) {
            }
        };
    }
}
