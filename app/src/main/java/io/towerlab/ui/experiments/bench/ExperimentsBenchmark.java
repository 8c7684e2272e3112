package io.towerlab.ui.experiments.bench;

import io.towerlab.core.compare.CurveAxis;
import io.towerlab.core.store.RunStore;
import io.towerlab.ui.experiments.CurvesModel;
import io.towerlab.ui.experiments.ExperimentsViewModel;
import io.towerlab.ui.experiments.RunColumn;
import io.towerlab.ui.experiments.RunColumns;
import io.towerlab.ui.experiments.RunFilter;
import io.towerlab.ui.experiments.RunRow;
import io.towerlab.ui.experiments.SelectedRun;
import java.awt.BasicStroke;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Measures the work behind the Experiments view with many runs, without a display: reading the runs
 * table from a store, sorting and filtering it, assembling and smoothing the curves of selected runs,
 * and drawing the curves chart (in software, as on screen). Run with
 * {@code java -cp app/target/towerlab.jar io.towerlab.ui.experiments.bench.ExperimentsBenchmark [runs] [steps]}.
 */
public final class ExperimentsBenchmark {
    private static final int REPEATS = 5;

    private ExperimentsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path dir = Files.createTempDirectory("towerlab-experiments-bench");
        RunStore store = new RunStore(dir.resolve("runs"));
        long t0 = System.nanoTime();
        SyntheticStore.many(store, runs, steps);
        System.out.printf(Locale.ROOT, "store: %d runs × %d logged steps written in %.1f s (%s)%n", runs, steps,
                (System.nanoTime() - t0) / 1e9, store.root());
        List<RunRow> rows = ExperimentsViewModel.read(store);
        time("read the runs table (summary + notes per run)", () -> size(read(store)));
        List<RunColumn> columns = RunColumns.of(rows);
        time("build the columns", () -> RunColumns.of(rows).size());
        RunColumn recall = columns.stream().filter(c -> c.id().equals("final:recall@10")).findFirst().orElseThrow();
        RunColumn name = columns.get(0);
        time("sort by recall@10", () -> sorted(rows, recall));
        time("sort by name", () -> sorted(rows, name));
        time("filter by text in any column (formatting every cell)", () -> (int) rows.stream()
                .filter(RunFilter.of("pairce", columns, null, null)).count());
        java.util.Map<RunRow, String> cache = new java.util.IdentityHashMap<>();
        rows.forEach(r -> cache.put(r, RunFilter.haystack(r, columns)));
        time("filter by text in any column (cached row text, per keystroke)", () -> (int) rows.stream()
                .filter(RunFilter.of("pairce", cache::get, null, null)).count());
        time("filter recall@10 > 0.25", () -> (int) rows.stream()
                .filter(RunFilter.of("", columns, recall, ">0.25")).count());
        for (int selected : new int[] {10, 100, runs}) {
            List<SelectedRun> chosen = new ArrayList<>();
            for (int i = 0; i < Math.min(selected, rows.size()); i++) {
                chosen.add(rows.get(i).selected(i));
            }
            CurvesModel model = CurvesModel.read(chosen);
            time("read metric logs of " + chosen.size() + " runs", () -> read(chosen).logs().size());
            time("curves of " + chosen.size() + " runs by step (first time)", () -> new CurvesModel(model.logs())
                    .curves("train/batch_loss", CurveAxis.STEP, 0.6).size());
            time("EMA again of " + chosen.size() + " runs (smoothing slider moved)", () -> model.curves(
                    "train/batch_loss", CurveAxis.STEP, 0.6).size());
            if (chosen.size() <= 100) {
                JFreeChart chart = chart(model.curves("train/batch_loss", CurveAxis.STEP, 0.6));
                time("draw the chart of " + chosen.size() + " runs (" + 2 * chosen.size() + " series)", () -> {
                    BufferedImage image = chart.createBufferedImage(1200, 600);
                    return image.getWidth();
                });
            }
        }
    }

    private static List<RunRow> read(RunStore store) {
        try {
            return ExperimentsViewModel.read(store);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static CurvesModel read(List<SelectedRun> runs) {
        try {
            return CurvesModel.read(runs);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int size(List<?> list) {
        return list.size();
    }

    private static int sorted(List<RunRow> rows, RunColumn column) {
        List<RunRow> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(r -> column.value().apply(r), RunColumn.ORDER));
        return copy.size();
    }

    private static JFreeChart chart(List<CurvesModel.RunCurve> curves) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (CurvesModel.RunCurve c : curves) {
            data.addSeries(series("raw " + c.run().label(), c.raw().x(), c.raw().y()));
            data.addSeries(series(c.run().label(), c.smoothed().x(), c.smoothed().y()));
        }
        // no legend: with 200 series it would take the whole picture and leave no plot to draw
        JFreeChart chart = ChartFactory.createXYLineChart("bench", "step", "loss", data, PlotOrientation.VERTICAL,
                false, false, false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDefaultStroke(new BasicStroke(2f));
        chart.getXYPlot().setRenderer(renderer);
        return chart;
    }

    private static XYSeries series(String key, double[] x, double[] y) {
        XYSeries s = new XYSeries(key, false, true);
        for (int i = 0; i < x.length; i++) {
            s.add(x[i], y[i], false);
        }
        return s;
    }

    /** Runs {@code work} once to warm up, then {@link #REPEATS} times; prints the median and the fastest. */
    private static void time(String what, Supplier<Integer> work) {
        work.get();
        double[] ms = new double[REPEATS];
        int result = 0;
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            result = work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-58s median %8.1f ms  min %8.1f ms  (%d)%n", what, ms[REPEATS / 2], ms[0],
                result);
    }
}
