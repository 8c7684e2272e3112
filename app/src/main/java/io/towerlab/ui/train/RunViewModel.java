package io.towerlab.ui.train;

import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.train.BatchEvent;
import io.towerlab.core.train.EpochEvent;
import io.towerlab.core.train.TrainingStart;
import io.towerlab.ui.common.BackgroundJob;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One queued or running training run as the train view shows it: state, progress text, the message of
 * a failure, and its curves. Changed only on the UI thread, from its {@link TrainingMonitor}.
 */
public final class RunViewModel {
    /** The smoothing factor β of the loss's exponential moving average (debiased as in Adam). */
    static final double EMA_BETA = 0.9;
    /**
     * The most points a step curve keeps; beyond it every other point is dropped and later points are
     * kept at the same wider stride, so the curve stays evenly sampled and drawing stays fast.
     */
    static final int MAX_CURVE_POINTS = 1000;

    private final ExperimentSpec spec;
    private final String recallMetric;
    private final TrainingMonitor monitor = new TrainingMonitor();
    private final ObjectProperty<RunState> state = new SimpleObjectProperty<>(RunState.QUEUED);
    private final StringProperty progress = new SimpleStringProperty("queued");
    private final StringProperty throughput = new SimpleStringProperty("");
    private final StringProperty device = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ObservableList<Point> loss = FXCollections.observableArrayList();
    private final ObservableList<Point> smoothed = FXCollections.observableArrayList();
    private final ObservableList<Point> validLoss = FXCollections.observableArrayList();
    private final ObservableList<Point> recall = FXCollections.observableArrayList();
    private final ObservableList<Point> recallBaseline = FXCollections.observableArrayList();
    private final javafx.beans.property.IntegerProperty revision = new javafx.beans.property.SimpleIntegerProperty();
    private TrainingStart start;
    private double ema;
    private long emaCount;
    private int stride = 1;
    private long firstBatchNanos;
    private BackgroundJob job;

    RunViewModel(ExperimentSpec spec) {
        this.spec = spec;
        String metric = spec.evaluation().metric();
        this.recallMetric = metric != null && metric.startsWith("recall@") ? metric
                : "recall@" + spec.evaluation().ks().get(0);
    }

    public String name() {
        return spec.name();
    }

    ExperimentSpec spec() {
        return spec;
    }

    TrainingMonitor monitor() {
        return monitor;
    }

    void started() {
        state.set(RunState.RUNNING);
        progress.set("starting the engine…");
    }

    void attach(BackgroundJob running) {
        if (state.get() == RunState.RUNNING) {
            job = running;
        }
    }

    /** Asks the run to stop at the next batch; a queued run is simply not started. */
    public void cancel() {
        if (job != null) {
            job.cancel();
        } else if (state.get() == RunState.QUEUED) {
            state.set(RunState.CANCELLED);
            progress.set("cancelled before it started");
        }
    }

    /** Applies what the monitor gathered since the last frame. */
    public void drain() {
        TrainingMonitor.Pending p = monitor.drain();
        if (p.isEmpty()) {
            return;
        }
        if (p.start() != null) {
            start = p.start();
            device.set(start.device() + " · " + start.threads() + " thread" + (start.threads() == 1 ? "" : "s"));
            if (start.validBaseline() != null && start.validBaseline().has(recallMetric)) {
                double value = start.validBaseline().get(recallMetric);
                recallBaseline.setAll(new Point(1, value), new Point(Math.max(2, start.epochs()), value));
            }
        }
        List<Point> raw = new ArrayList<>(p.losses().size() / stride + 1);
        List<Point> smooth = new ArrayList<>(p.losses().size() / stride + 1);
        for (Point point : p.losses()) {
            ema = EMA_BETA * ema + (1 - EMA_BETA) * point.y();
            if (emaCount++ % stride == 0) {
                raw.add(point);
                smooth.add(new Point(point.x(), ema / (1 - Math.pow(EMA_BETA, emaCount))));
            }
        }
        loss.addAll(raw);
        smoothed.addAll(smooth);
        if (loss.size() > MAX_CURVE_POINTS) {
            halve(loss);
            halve(smoothed);
            stride *= 2;
        }
        for (EpochEvent e : p.epochs()) {
            if (e.validLoss() != null) {
                validLoss.add(new Point(e.epoch(), e.validLoss()));
            }
            if (e.validMetrics() != null && e.validMetrics().has(recallMetric)) {
                recall.add(new Point(e.epoch(), e.validMetrics().get(recallMetric)));
            }
        }
        p.messages().forEach(message::set);
        if (p.latest() != null) {
            showProgress(p.latest());
        }
        revision.set(revision.get() + 1);
    }

    /** Changes once at the end of every drain that brought something: the moment to redraw curves. */
    public javafx.beans.value.ObservableIntegerValue revisionProperty() {
        return revision;
    }

    private void showProgress(BatchEvent b) {
        long now = System.nanoTime();
        firstBatchNanos = firstBatchNanos == 0 ? now : firstBatchNanos;
        int epochs = start == null ? spec.training().epochs() : start.epochs();
        long total = (long) epochs * b.batchesInEpoch();
        long done = (long) (b.epoch() - 1) * b.batchesInEpoch() + b.batchInEpoch();
        double seconds = (now - firstBatchNanos) / 1e9;
        String eta = seconds > 0.5 && done > 1 ? formatSeconds((total - done) * seconds / (done - 1)) : "…";
        progress.set(String.format(Locale.ROOT, "epoch %d/%d · step %d · batch %d/%d · ETA %s", b.epoch(), epochs,
                b.step(), b.batchInEpoch(), b.batchesInEpoch(), eta));
        throughput.set(String.format(Locale.ROOT, "%,.0f examples/s", b.examplesPerSecond()));
    }

    private static void halve(ObservableList<Point> points) {
        List<Point> kept = new ArrayList<>(points.size() / 2 + 1);
        for (int i = 0; i < points.size(); i += 2) {
            kept.add(points.get(i));
        }
        points.setAll(kept);
    }

    static String formatSeconds(double s) {
        long whole = Math.round(s);
        return whole < 60 ? whole + " s" : String.format(Locale.ROOT, "%d:%02d min", whole / 60, whole % 60);
    }

    void finished(RunState end, String text, Path runFolder) {
        drain();
        job = null;
        state.set(end);
        folder.set(runFolder);
        if (end != RunState.COMPLETED && text != null && !text.isBlank()) {
            message.set(text);
        }
        if (end != RunState.COMPLETED) {
            progress.set(end.name().toLowerCase(Locale.ROOT) + (progress.get().startsWith("epoch")
                    ? " at " + progress.get().replaceAll(" · ETA.*", "") : ""));
        } else {
            progress.set("completed");
        }
    }

    public String recallMetric() {
        return recallMetric;
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty throughputProperty() {
        return throughput;
    }

    public ReadOnlyStringProperty deviceProperty() {
        return device;
    }

    /** The last message from the core: why a run failed or stopped early. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ObservableList<Point> loss() {
        return loss;
    }

    public ObservableList<Point> smoothedLoss() {
        return smoothed;
    }

    public ObservableList<Point> validLoss() {
        return validLoss;
    }

    public ObservableList<Point> recall() {
        return recall;
    }

    /** The popularity baseline's validation recall, as a flat line across the run's epochs. */
    public ObservableList<Point> recallBaseline() {
        return recallBaseline;
    }
}
