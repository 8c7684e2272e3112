package io.towerlab.core.train;

import ai.djl.Device;
import ai.djl.engine.Engine;

/**
 * Configures the PyTorch engine before its first use (offline, thread counts) and resolves the
 * device a spec asks for. Thread counts must be set before the engine starts; later requests are
 * reported, not silently ignored.
 */
public final class EngineSetup {
    private EngineSetup() {
    }

    /**
     * The intra-op thread count to use for {@code requested} (0 = automatic). On a machine with
     * two cores or fewer, one thread: more threads oversubscribe and ran several times slower.
     */
    public static int threadsFor(int requested) {
        if (requested > 0) {
            return requested;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        return cores <= 2 ? 1 : Math.max(1, cores / 2);
    }

    /**
     * Sets offline mode and thread counts for the engine, unless the user already set them as system
     * properties. Returns the intra-op thread count in force.
     */
    public static synchronized int configure(int requestedThreads) {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        int threads = threadsFor(requestedThreads);
        if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
            System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
        }
        if (System.getProperty("ai.djl.pytorch.num_interop_threads") == null) {
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        }
        return Integer.parseInt(System.getProperty("ai.djl.pytorch.num_threads"));
    }

    /**
     * The device for a spec's {@code training.device}: {@code auto} (a GPU when DJL finds one, else the
     * CPU), {@code cpu}, {@code gpu} (the first GPU) or {@code gpu:N}.
     */
    public static Device device(String name) {
        Engine engine = Engine.getInstance();
        String value = name == null ? "auto" : name.trim().toLowerCase(java.util.Locale.ROOT);
        if (value.equals("auto")) {
            return engine.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
        }
        if (value.equals("cpu")) {
            return Device.cpu();
        }
        if (value.equals("gpu") || value.startsWith("gpu:")) {
            int index = value.equals("gpu") ? 0 : Integer.parseInt(value.substring(4));
            int count = engine.getGpuCount();
            if (index >= count) {
                throw new IllegalArgumentException("training.device: " + name + " was asked for but the engine sees "
                        + count + " GPU" + (count == 1 ? "" : "s") + "; use \"auto\" or \"cpu\", or install the CUDA"
                        + " build of the PyTorch natives");
            }
            return Device.gpu(index);
        }
        throw new IllegalArgumentException("training.device: '" + name + "' is not auto, cpu, gpu or gpu:N");
    }

    /** A readable name of a device, e.g. "CPU" or "GPU 0". */
    public static String describe(Device device) {
        return device.isGpu() ? "GPU " + device.getDeviceId() : "CPU";
    }

    /** The readable name of the device a spec's {@code training.device} resolves to; starts the engine. */
    public static String deviceName(String requested) {
        return describe(device(requested));
    }
}
