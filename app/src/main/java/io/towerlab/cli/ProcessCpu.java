package io.towerlab.cli;

import java.lang.management.ManagementFactory;

/** CPU time of the whole process (every Java and engine thread), for benchmarks on a shared machine. */
final class ProcessCpu {
    private ProcessCpu() {
    }

    /** Seconds of CPU the process has used, or NaN where the JVM does not report it. */
    static double seconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }
}
