package io.towerlab.ui.common;

import io.towerlab.core.train.CancelToken;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs slow work off the UI thread: a plain wrapper over an {@link Executor} whose results, errors
 * and progress come back through a {@link UiDispatcher}. Every job is listed in {@link #jobs()} while
 * it runs. With {@link #synchronous()} a job runs on the calling thread, which is how view models
 * are tested without a toolkit.
 */
public final class BackgroundTasks {

    /** A unit of background work. */
    @FunctionalInterface
    public interface Work<T> {
        T run(JobContext context) throws Exception;
    }

    private final Executor executor;
    private final UiDispatcher ui;
    private final ObservableList<BackgroundJob> jobs = FXCollections.observableArrayList();

    public BackgroundTasks(Executor executor, UiDispatcher ui) {
        this.executor = executor;
        this.ui = ui;
    }

    /** Daemon worker threads, results on {@code ui}. */
    public static BackgroundTasks threaded(UiDispatcher ui) {
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "towerlab-job-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return new BackgroundTasks(pool, ui);
    }

    /** Runs every job at once on the calling thread. */
    public static BackgroundTasks synchronous() {
        return new BackgroundTasks(Runnable::run, UiDispatcher.direct());
    }

    /** The jobs still running, in start order; changed on the UI thread. */
    public ObservableList<BackgroundJob> jobs() {
        return jobs;
    }

    public UiDispatcher ui() {
        return ui;
    }

    /**
     * Starts {@code work}; on the UI thread later calls {@code onSuccess} with its result, or
     * {@code onFailure} with what it threw, also after a cancel (work that notices the cancel should
     * return or throw promptly; the callbacks decide what a cancelled result means).
     */
    public <T> BackgroundJob submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        BackgroundJob job = new BackgroundJob(title);
        ui.post(() -> jobs.add(job));
        executor.execute(() -> runJob(job, work, onSuccess, onFailure));
        return job;
    }

    private <T> void runJob(BackgroundJob job, Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        JobContext context = new JobContext() {
            @Override
            public void progress(double fraction, String message) {
                ui.post(() -> job.update(fraction, message));
            }

            @Override
            public CancelToken cancelToken() {
                return job.cancelToken();
            }
        };
        try {
            T result = work.run(context);
            ui.post(() -> {
                jobs.remove(job);
                boolean cancelled = job.cancelToken().isCancelled();
                job.finish(cancelled ? BackgroundJob.State.CANCELLED : BackgroundJob.State.SUCCEEDED,
                        cancelled ? "cancelled" : "done");
                onSuccess.accept(result);
            });
        } catch (Exception e) {
            ui.post(() -> {
                jobs.remove(job);
                boolean cancelled = job.cancelToken().isCancelled();
                job.finish(cancelled ? BackgroundJob.State.CANCELLED : BackgroundJob.State.FAILED,
                        String.valueOf(e.getMessage()));
                onFailure.accept(e);
            });
        }
    }
}
