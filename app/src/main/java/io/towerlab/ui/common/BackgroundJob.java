package io.towerlab.ui.common;

import io.towerlab.core.train.CancelToken;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One job in the tasks list: its title, progress, message and state as read-only properties (changed
 * on the UI thread only), and a cancel command that is safe from any thread.
 */
public final class BackgroundJob {

    /** Where a job is in its life. */
    public enum State { RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private final String title;
    private final CancelToken cancel = new CancelToken();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.RUNNING);

    BackgroundJob(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public CancelToken cancelToken() {
        return cancel;
    }

    public void cancel() {
        cancel.cancel();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public boolean isDone() {
        return state.get() != State.RUNNING;
    }

    void update(double fraction, String text) {
        progress.set(fraction);
        message.set(text);
    }

    void finish(State end, String text) {
        state.set(end);
        message.set(text);
        if (end == State.SUCCEEDED) {
            progress.set(1);
        }
    }
}
