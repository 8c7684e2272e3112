package io.towerlab.core.train;

import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Prepares the batches of one epoch on a background thread, a few ahead of the engine. The planner
 * and its random generator are used by that one thread in batch order, so a seed gives the same
 * batches whether or not the engine keeps up: prefetching never changes the result.
 */
final class Prefetcher implements AutoCloseable {
    private static final Object END = new Object();
    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean closed;

    Prefetcher(BatchPlanner planner, int epoch, int[][] batches, SplittableRandom random, int ahead) {
        this.queue = new ArrayBlockingQueue<>(Math.max(1, ahead));
        this.thread = new Thread(() -> run(planner, epoch, batches, random), "towerlab-batches");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(BatchPlanner planner, int epoch, int[][] batches, SplittableRandom random) {
        try {
            for (int[] rows : batches) {
                if (closed) {
                    return;
                }
                offer(planner.plan(epoch, rows, random));
            }
            offer(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | OutOfMemoryError e) {
            try {
                offer(e);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void offer(Object item) throws InterruptedException {
        while (!closed && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
            // wait for the engine to take one
        }
    }

    /** The next plan, or null after the last one. */
    BatchPlan next() throws InterruptedException {
        Object item = queue.take();
        if (item == END) {
            return null;
        }
        if (item instanceof RuntimeException e) {
            throw e;
        }
        if (item instanceof OutOfMemoryError e) {
            throw e;
        }
        return (BatchPlan) item;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
