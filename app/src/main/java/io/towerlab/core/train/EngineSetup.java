package io.towerlab.core.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.LibUtils;
import ai.djl.util.Utils;
import ai.djl.util.cuda.CudaUtils;
import io.towerlab.core.spec.TrainingSpec;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Configures the PyTorch engine before its first use (offline, thread counts) and resolves the
 * device a spec asks for. Thread counts must be set before the engine starts; later requests are
 * reported, not silently ignored.
 */
public final class EngineSetup {
    /** System property (or environment variable TOWERLAB_CPU_FALLBACK): train on the CPU when an asked-for GPU cannot be used. */
    public static final String CPU_FALLBACK = "towerlab.cpuFallback";

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
        String value = name == null ? "auto" : name.trim().toLowerCase(Locale.ROOT);
        if (value.equals("auto")) {
            return engine.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
        }
        if (value.equals("cpu")) {
            return Device.cpu();
        }
        if (value.equals("gpu") || value.startsWith("gpu:")) {
            int index = value.equals("gpu") ? 0 : Integer.parseInt(value.substring(4));
            Optional<String> problem = diagnosis().problemWith(index);
            if (problem.isEmpty()) {
                return Device.gpu(index);
            }
            if (cpuFallbackAllowed()) {
                LoggerFactory.getLogger(EngineSetup.class).warn("training.device {}: {}; training on the"
                        + " CPU because the CPU fallback is allowed", name, problem.get());
                return Device.cpu();
            }
            throw new IllegalArgumentException("training.device: " + name + " cannot be used: " + problem.get()
                    + ". To train on the CPU instead, set training.device to \"cpu\" or allow the CPU fallback"
                    + " (the app's Run menu, or -D" + CPU_FALLBACK + "=true)");
        }
        throw new IllegalArgumentException("training.device: '" + name + "' is not auto, cpu, gpu or gpu:N");
    }

    /**
     * The devices a run trains on: {@code training.device} alone, or each of {@code training.devices}
     * (data parallel, the first keeping the weights). A listed GPU that cannot be used fails with the
     * reason, or with the CPU fallback allowed, the run trains on the CPU alone.
     */
    public static List<Device> trainingDevices(TrainingSpec training) {
        if (!training.dataParallel()) {
            return List.of(device(training.device()));
        }
        List<Device> out = new ArrayList<>();
        GpuDiagnosis diagnosis = null;
        for (int i = 0; i < training.devices().size(); i++) {
            String name = training.devices().get(i);
            if (name.equals("cpu")) {
                out.add(Device.cpu());
                continue;
            }
            int index = Integer.parseInt(name.substring(name.indexOf(':') + 1));
            diagnosis = diagnosis == null ? diagnosis() : diagnosis;
            Optional<String> problem = diagnosis.problemWith(index);
            if (problem.isPresent()) {
                if (cpuFallbackAllowed()) {
                    LoggerFactory.getLogger(EngineSetup.class).warn("training.devices[{}] {}: {}; training on the"
                            + " CPU alone because the CPU fallback is allowed", i, name, problem.get());
                    return List.of(Device.cpu());
                }
                throw new IllegalArgumentException("training.devices[" + i + "]: " + name + " cannot be used: "
                        + problem.get() + ". To train on one device, remove training.devices, or allow the CPU"
                        + " fallback to train on the CPU alone (the app's Run menu, or -D" + CPU_FALLBACK + "=true)");
            }
            out.add(Device.gpu(index));
        }
        return out;
    }

    /** True when the user allows training on the CPU when the GPU they asked for cannot be used. */
    public static boolean cpuFallbackAllowed() {
        String value = System.getProperty(CPU_FALLBACK, System.getenv("TOWERLAB_CPU_FALLBACK"));
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
    }

    /** What the driver and the engine report about GPUs; starts the engine. */
    public static GpuDiagnosis diagnosis() {
        int engineGpus = Engine.getInstance().getGpuCount();
        int driverGpus = CudaUtils.getGpuCount();
        int cuda = driverGpus > 0 ? CudaUtils.getCudaVersion() : 0;
        return new GpuDiagnosis(driverGpus, cuda, engineGpus, nativesFlavor());
    }

    /**
     * The flavour of the loaded PyTorch natives ({@code cpu}, {@code cu124}, …): PYTORCH_FLAVOR when set,
     * else read from the natives folder DJL names {@code <version>[-<build date>]-<flavor>-<os>-<arch>};
     * null when unknown.
     */
    public static String nativesFlavor() {
        String forced = Utils.getEnvOrSystemProperty("PYTORCH_FLAVOR");
        if (forced != null && !forced.isBlank()) {
            return forced;
        }
        return flavorOfFolder(LibUtils.getLibtorchPath());
    }

    static String flavorOfFolder(String libtorchPath) {
        if (libtorchPath == null) {
            return null;
        }
        Path name = Path.of(libtorchPath).getFileName();
        String[] parts = name == null ? new String[0] : name.toString().split("-");
        return parts.length >= 4 ? parts[parts.length - 3] : null;
    }

    /** The CPU and every GPU the engine can use, with memory; starts the engine. */
    public static List<ComputeDevice> devices() {
        List<ComputeDevice> out = new ArrayList<>();
        long ram = -1;
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            ram = os.getTotalMemorySize();
        }
        out.add(new ComputeDevice("cpu", "CPU, " + Runtime.getRuntime().availableProcessors() + " cores, PyTorch "
                + Engine.getInstance().getVersion() + " (" + Objects.requireNonNullElse(nativesFlavor(),
                "natives of unknown flavour") + ")", ram, -1));
        for (int i = 0; i < Engine.getInstance().getGpuCount(); i++) {
            Device gpu = Device.gpu(i);
            MemoryUsage memory = CudaUtils.getGpuMemory(gpu);
            out.add(new ComputeDevice("gpu:" + i, "GPU " + i + ", compute capability "
                    + CudaUtils.getComputeCapability(i), memory.getMax(), memory.getCommitted()));
        }
        return out;
    }

    /** The readable names of a run's devices: "GPU 0", "GPU 0 + GPU 1", or "CPU × 2 (split step)". */
    public static String describe(List<Device> devices) {
        if (devices.size() == 1) {
            return describe(devices.get(0));
        }
        if (devices.stream().allMatch(d -> d.equals(devices.get(0)))) {
            return describe(devices.get(0)) + " × " + devices.size() + " (split step)";
        }
        StringBuilder out = new StringBuilder();
        for (Device device : devices) {
            out.append(out.length() == 0 ? "" : " + ").append(describe(device));
        }
        return out.toString();
    }

    /** A readable name of a device, e.g. "CPU" or "GPU 0". */
    public static String describe(Device device) {
        return device.isGpu() ? "GPU " + device.getDeviceId() : "CPU";
    }

    /**
     * The readable name of the device a spec's {@code training.device} resolves to, saying so when an
     * asked-for GPU was replaced by the CPU; starts the engine.
     */
    public static String deviceName(String requested) {
        Device device = device(requested);
        String value = requested == null ? "auto" : requested.trim().toLowerCase(Locale.ROOT);
        if (!device.isGpu() && value.startsWith("gpu")) {
            return "CPU (" + requested + " cannot be used: " + diagnosis().problemWith(
                    value.equals("gpu") ? 0 : Integer.parseInt(value.substring(4))).orElse("?") + ")";
        }
        return describe(device);
    }
}
