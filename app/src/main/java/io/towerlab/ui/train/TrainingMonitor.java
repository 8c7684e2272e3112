package io.towerlab.ui.train;

import io.towerlab.core.train.BatchEvent;
import io.towerlab.core.train.EpochEvent;
import io.towerlab.core.train.TrainingListener;
import io.towerlab.core.train.TrainingResult;
import io.towerlab.core.train.TrainingStart;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Coalesces a run's training events between two UI frames. The training thread only writes: the
 * latest batch into an atomic slot, the batch losses into a bounded buffer, epochs and messages into
 * queues. The UI thread takes everything gathered since the last frame with {@link #drain()}, so
 * however many batches arrive, the UI does one update per frame.
 */
public final class TrainingMonitor implements TrainingListener {
    /** The most batch losses kept between two frames; beyond it the buffer keeps every other point. */
    static final int MAX_PENDING_POINTS = 8192;

    /** What arrived since the last drain. */
    public record Pending(TrainingStart start, BatchEvent latest, List<Point> losses, List<EpochEvent> epochs,
                          List<String> messages, TrainingResult result) {
        public boolean isEmpty() {
            return start == null && latest == null && losses.isEmpty() && epochs.isEmpty() && messages.isEmpty()
                    && result == null;
        }
    }

    private final AtomicReference<TrainingStart> start = new AtomicReference<>();
    private final AtomicReference<BatchEvent> latest = new AtomicReference<>();
    private final AtomicReference<TrainingResult> result = new AtomicReference<>();
    private final Queue<EpochEvent> epochs = new ConcurrentLinkedQueue<>();
    private final Queue<String> messages = new ConcurrentLinkedQueue<>();
    private final Object lock = new Object();
    private List<Point> losses = new ArrayList<>();
    private int stride = 1;
    private long skipped;

    @Override
    public void onStart(TrainingStart event) {
        start.set(event);
    }

    @Override
    public void onBatch(BatchEvent event) {
        latest.set(event);
        synchronized (lock) {
            if (skipped++ % stride != 0) {
                return;
            }
            losses.add(new Point(event.step(), event.loss()));
            if (losses.size() >= MAX_PENDING_POINTS) {
                List<Point> halved = new ArrayList<>(MAX_PENDING_POINTS);
                for (int i = 0; i < losses.size(); i += 2) {
                    halved.add(losses.get(i));
                }
                losses = halved;
                stride *= 2;
            }
        }
    }

    @Override
    public void onEpoch(EpochEvent event) {
        epochs.add(event);
    }

    @Override
    public void onMessage(String message) {
        messages.add(message);
    }

    @Override
    public void onFinish(TrainingResult finished) {
        result.set(finished);
    }

    /** Takes everything gathered since the last call; on the UI thread. */
    public Pending drain() {
        List<Point> points;
        synchronized (lock) {
            points = losses;
            losses = new ArrayList<>();
            stride = 1;
            skipped = 0;
        }
        List<EpochEvent> newEpochs = new ArrayList<>();
        for (EpochEvent e = epochs.poll(); e != null; e = epochs.poll()) {
            newEpochs.add(e);
        }
        List<String> newMessages = new ArrayList<>();
        for (String m = messages.poll(); m != null; m = messages.poll()) {
            newMessages.add(m);
        }
        return new Pending(start.getAndSet(null), latest.getAndSet(null), points, newEpochs, newMessages,
                result.getAndSet(null));
    }
}
