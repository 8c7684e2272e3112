package io.towerlab.ui.lab;

import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.lab.LabSettings;
import io.towerlab.core.lab.Lesson;
import io.towerlab.core.lab.LessonPlayer;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * What a lesson needs from the loss lab it plays in: the lab's switches and results, taking a lesson's
 * start, and jobs in the background. The lab runs one job at a time: it is busy while a job runs, and a job
 * that fails is reported and ends.
 */
interface LessonHost {
    boolean busy();

    LabSettings settings();

    MetricSet metrics();

    void showSettings(LabSettings settings);

    void showMetrics(MetricSet metrics);

    void note(String text);

    /** Takes a lesson's switches, dataset and summary and clears the metrics; the next job starts from fresh weights. */
    void load(Lesson lesson);

    /** Runs work that does not train (reading a file); {@code done} gets its result on the FX thread. */
    <T> void background(String title, Callable<T> work, Consumer<T> done);

    /** Trains on the lab's runner; {@code done} gets the metrics the job returns, on the FX thread. */
    void train(String title, Training work, Consumer<MetricSet> done);

    /** A training job, on the worker thread. */
    @FunctionalInterface
    interface Training {
        /** @param fresh whether the runner's weights no longer match the lab (a lesson was loaded since) */
        MetricSet run(Runner runner, boolean fresh) throws Exception;
    }

    /** The lab's runner as a training job uses it: on the lab's dataset, showing each batch. */
    interface Runner {
        /** Fresh weights (the spec's seed) with these switches. */
        void reset(LabSettings settings) throws Exception;

        /** Carries out a lesson step with at most {@code maxBatches} batches; see LabRunner#perform. */
        MetricSet perform(LessonPlayer.Run run, int maxBatches, MetricSet previous) throws Exception;

        /** These switches from the next batch on. */
        void offer(LabSettings settings);
    }
}
