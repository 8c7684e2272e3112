package io.towerlab.core.train;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a GPU that was asked for cannot be used, in words a user can act on. It compares what the
 * NVIDIA driver reports (GPUs, the newest CUDA version it supports) with what the PyTorch engine can
 * use (its GPU count, which is zero with CPU natives) and the CUDA flavour of the natives.
 *
 * @param driverGpus        GPUs the CUDA driver sees (0 without a driver or device)
 * @param driverCudaVersion the CUDA version the driver supports, e.g. 12040 for 12.4; 0 when unknown
 * @param engineGpus        GPUs the PyTorch engine can use
 * @param flavor            the natives' flavour as DJL names it ({@code cpu}, {@code cu124}, …), or null
 */
public record GpuDiagnosis(int driverGpus, int driverCudaVersion, int engineGpus, String flavor) {
    private static final Pattern CUDA_FLAVOR = Pattern.compile("cu(\\d+)(\\d)");

    /** Empty when GPU {@code index} can be used, else the reason and what to do. */
    public Optional<String> problemWith(int index) {
        if (index < engineGpus) {
            return Optional.empty();
        }
        if (driverGpus == 0) {
            return Optional.of("no NVIDIA GPU can be seen: there is none, or its driver is not installed"
                    + " (nvidia-smi should list it)");
        }
        if (index >= driverGpus) {
            return Optional.of("GPU " + index + " was asked for but the driver lists only " + driverGpus
                    + " (GPU 0" + (driverGpus > 1 ? " to " + (driverGpus - 1) : "") + ")");
        }
        int needed = requiredCuda(flavor);
        if (needed > 0 && driverCudaVersion > 0 && driverCudaVersion < needed) {
            return Optional.of("the NVIDIA driver is too old: it supports CUDA " + version(driverCudaVersion)
                    + " but the PyTorch natives need CUDA " + version(needed) + "; update the driver");
        }
        return Optional.of("the PyTorch natives in this build are " + (flavor == null ? "not the CUDA build"
                : "the '" + flavor + "' build") + ": install the GPU variant of TowerLab, or point"
                + " PYTORCH_LIBRARY_PATH at a CUDA libtorch folder (see the packaging notes)");
    }

    /** The CUDA version a flavour such as {@code cu124} needs (12040), or 0 for other flavours. */
    static int requiredCuda(String flavor) {
        if (flavor == null) {
            return 0;
        }
        Matcher m = CUDA_FLAVOR.matcher(flavor.toLowerCase(Locale.ROOT));
        return m.matches() ? Integer.parseInt(m.group(1)) * 1000 + Integer.parseInt(m.group(2)) * 10 : 0;
    }

    /** 12040 → "12.4". */
    static String version(int cuda) {
        return cuda / 1000 + "." + cuda % 1000 / 10;
    }
}
