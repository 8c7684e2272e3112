package io.towerlab.cli;

import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.data.DatasetImporter;
import io.towerlab.core.data.ImportOptions;
import io.towerlab.core.data.ImportResult;
import io.towerlab.core.data.bench.BenchmarkClickLog;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code towerlab bench import}: generates a CSV click log (once, then reused), imports it and
 * reports rows per second, wall time, the heap the dataset retains per interaction and the peak heap.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a generated CSV click log and report rows/s and heap per interaction "
                + "(targets: >= 1,000,000 rows/s, <= 64 bytes per interaction).")
public final class BenchImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--rows", description = "Rows of the generated log (default: ${DEFAULT-VALUE}).")
    long rows = 5_000_000;

    @Option(names = "--dir", description = "Folder of the generated log (default: a folder in the temp directory).")
    Path dir;

    @Option(names = "--runs", description = "Imports to run; the first warms up the JIT (default: ${DEFAULT-VALUE}).")
    int runs = 2;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"), "towerlab-bench");
        Files.createDirectories(folder);
        Path file = folder.resolve("clicks-" + rows + ".csv");
        if (!Files.isRegularFile(file)) {
            out.printf(Locale.ROOT, "Generating %,d rows in %s ...%n", rows, file);
            out.flush();
            long start = System.nanoTime();
            BenchmarkClickLog.write(file, rows, 42);
            out.printf(Locale.ROOT, "  written in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        out.printf(Locale.ROOT, "File %s (%,d MB), max heap %,d MB%n", file, Files.size(file) >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        DatasetImporter importer = new DatasetImporter();
        for (int run = 1; run <= runs; run++) {
            long before = usedHeapAfterGc();
            HeapPeaks.reset();
            long start = System.nanoTime();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            double processCpuStart = ProcessCpu.seconds();
            ImportResult result;
            try {
                result = importer.load(file, ImportOptions.defaults());
            } catch (DataFormatException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return DataStatsCommand.DATA_ERROR;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double processCpu = ProcessCpu.seconds() - processCpuStart;
            long peak = HeapPeaks.peak();
            long retained = usedHeapAfterGc() - before;
            int n = result.dataset().interactionCount();
            out.printf(Locale.ROOT, "run %d: %,d rows in %.2f s wall = %,.0f rows/s (%.2f s CPU = %,.0f rows/s; process CPU with GC "
                            + "%.2f s = %,.0f rows/s); "
                            + "retained %,d MB = %.1f bytes per interaction; peak heap %,d MB; %,d queries, "
                            + "%,d documents%n", run, n, seconds, n / seconds, cpu, n / cpu, processCpu, n / processCpu, retained >> 20, (double) retained / n, peak >> 20, result.dataset().queryCount(),
                    result.dataset().documentCount());
            out.flush();
            Reference.reachabilityFence(result);
        }
        return 0;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
