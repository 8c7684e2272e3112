package io.towerlab.core.train;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * What every thread that computes on the engine must respect, because of two process-wide facts of
 * the PyTorch engine: gradient recording is a per-thread mode that starts ON in every new thread
 * (so a thread that never turned it off records the optimizer's in-place updates into the graph and
 * the next backward fails with "backward through the graph a second time"), and DJL allows only one
 * gradient collector at a time in the whole process.
 *
 * <p>{@link #prepareThread()} turns recording off for the calling thread; {@link #collect} runs a
 * forward-and-backward section under one process-wide lock, so that several runs in one process
 * interleave their steps instead of failing. The lock is the one static piece of state here, and
 * it mirrors the engine's own.
 */
public final class EngineGate {
    private static final ReentrantLock COLLECTOR = new ReentrantLock();

    private EngineGate() {
    }

    /** Turns gradient recording off for the calling thread (a no-op on engines without the mode). */
    public static void prepareThread() {
        if ("PyTorch".equals(Engine.getInstance().getEngineName())) {
            JniUtils.setGradMode(false);
        }
    }

    /** Runs {@code section} (which opens and closes a gradient collector) while no other thread does. */
    public static <T> T collect(Supplier<T> section) {
        COLLECTOR.lock();
        try {
            return section.get();
        } finally {
            COLLECTOR.unlock();
            prepareThread();
        }
    }
}
