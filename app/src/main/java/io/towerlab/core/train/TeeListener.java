package io.towerlab.core.train;

import java.util.List;

/** Forwards every training event to several listeners in order. */
final class TeeListener implements TrainingListener {
    private final List<TrainingListener> listeners;

    TeeListener(List<TrainingListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void onStart(TrainingStart start) {
        listeners.forEach(l -> l.onStart(start));
    }

    @Override
    public void onBatch(BatchEvent event) {
        listeners.forEach(l -> l.onBatch(event));
    }

    @Override
    public void onEpoch(EpochEvent event) {
        listeners.forEach(l -> l.onEpoch(event));
    }

    @Override
    public void onMessage(String message) {
        listeners.forEach(l -> l.onMessage(message));
    }

    @Override
    public void onFinish(TrainingResult result) {
        listeners.forEach(l -> l.onFinish(result));
    }
}
