package io.towerlab.ui.experiments;

import io.towerlab.core.compare.Curve;
import io.towerlab.core.compare.RecallAtK;
import io.towerlab.core.compare.TableData;
import io.towerlab.core.train.RecallAtKEvaluator;
import io.towerlab.ui.common.Charts;
import io.towerlab.ui.common.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Recall against k for each selected run beside the popularity baseline and (for generated data) the
 * oracle, and a bar chart of the final test metrics. Recall at every k from 1 needs a new evaluation
 * of each saved run, started here in the background and cached in the run folder.
 */
final class RecallPanel implements ExportablePanel {
    private final ExperimentsViewModel model;
    private final BorderPane root = new BorderPane();
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final DefaultCategoryDataset bars = new DefaultCategoryDataset();
    private final JFreeChart recallChart;
    private final JFreeChart barChart;
    private final StyledRenderer renderer;
    private final Button evaluate = new Button("Evaluate at every k");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private List<SelectedRun> runs = List.of();
    private RecallModel shown = new RecallModel(List.of(), null, null);

    RecallPanel(ExperimentsViewModel model, Charts charts, ObservableBooleanValue dark) {
        this.model = model;
        recallChart = ChartFactory.createXYLineChart("Test recall@k", "k", "recall@k", data,
                PlotOrientation.VERTICAL, true, true, false);
        renderer = new StyledRenderer(dark::get);
        recallChart.getXYPlot().setRenderer(renderer);
        ((NumberAxis) recallChart.getXYPlot().getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        barChart = ChartFactory.createBarChart("Final test metrics", null, "value", bars, PlotOrientation.VERTICAL,
                true, true, false);
        BarRenderer barRenderer = (BarRenderer) barChart.getCategoryPlot().getRenderer();
        barRenderer.setBarPainter(new StandardBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setItemMargin(0.05);
        barChart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(2);
        recallChart.getPlot().setNoDataMessage("Select runs in the table above to compare their recall@k");
        barChart.getPlot().setNoDataMessage("Select runs in the table above to compare their test metrics");
        StackPane recallViewer = charts.viewer(recallChart, "recallAtKChart");
        StackPane barViewer = charts.viewer(barChart, "metricBarChart");
        styleBars();
        GridPane grid = new GridPane();
        grid.add(recallViewer, 0, 0);
        grid.add(barViewer, 1, 0);
        grid.setHgap(12);
        for (StackPane v : List.of(recallViewer, barViewer)) {
            GridPane.setHgrow(v, Priority.ALWAYS);
            GridPane.setVgrow(v, Priority.ALWAYS);
        }
        evaluate.setId("evaluateEveryK");
        evaluate.setOnAction(e -> evaluateEveryK());
        evaluate.setDisable(true); // until runs without an every-k curve are shown
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setPrefWidth(160);
        status.setId("recallStatus");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        HBox bar = new HBox(10, evaluate, progress, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        root.setTop(bar);
        root.setCenter(grid);
        BorderPane.setMargin(bar, new Insets(0, 0, 8, 0));
    }

    @Override
    public String title() {
        return "Recall@k";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(List<SelectedRun> selected) {
        runs = List.copyOf(selected);
        model.tasks().submit("Reading recall of " + runs.size() + " runs", context -> RecallModel.read(runs),
                this::draw, e -> model.errors().accept(UserError.of("Reading the runs' recall", e)));
    }

    private void draw(RecallModel read) {
        shown = read;
        recallChart.setNotify(false);
        data.removeAllSeries();
        List<StyledRenderer.Look> looks = new ArrayList<>();
        for (RecallModel.RunRecall r : read.runs()) {
            data.addSeries(series(r.curve(), r.run().label()));
            looks.add(new StyledRenderer.Look(RunStyles.colour(r.run().index()), RunStyles.stroke(r.run().index(), 2.2f),
                    true, false, !r.everyK()));
        }
        if (read.popularity() != null) {
            data.addSeries(series(read.popularity(), "popularity baseline"));
            looks.add(new StyledRenderer.Look(null, RunStyles.referenceStroke(0), true, true));
        }
        if (read.oracle() != null) {
            data.addSeries(series(read.oracle(), "oracle (generated data)"));
            looks.add(new StyledRenderer.Look(null, RunStyles.referenceStroke(1), true, true));
        }
        renderer.setLooks(looks);
        recallChart.setNotify(true);
        drawBars(read);
        List<SelectedRun> missing = read.missingEveryK();
        evaluate.setDisable(missing.isEmpty());
        status.setText(read.runs().isEmpty() ? "Select runs above to compare their recall."
                : missing.isEmpty() ? "Recall at every k from 1, from each run's best weights on its test split."
                : missing.size() + " of " + read.runs().size() + " runs show recall only at the k they evaluated;"
                        + " evaluate them at every k (loads data and model; cached in each run folder).");
    }

    private void drawBars(RecallModel read) {
        bars.clear();
        TreeSet<String> keys = new TreeSet<>(java.util.Comparator.comparing((String k) -> k.replaceAll("@.*", ""))
                .thenComparingInt(k -> k.contains("@") ? Integer.parseInt("0" + k.replaceAll("\\D", "")) : 0));
        read.runs().forEach(r -> {
            if (r.run().summary().metrics() != null) {
                keys.addAll(r.run().summary().metrics().keySet());
            }
        });
        keys.removeIf(k -> !k.startsWith("recall@") && !k.equals("ndcg@10") && !k.equals("mrr"));
        for (RecallModel.RunRecall r : read.runs()) {
            Map<String, Double> m = r.run().summary().metrics();
            for (String key : keys) {
                bars.addValue(m == null ? null : m.get(key), r.run().label(), key);
            }
        }
        styleBars();
    }

    private void styleBars() {
        BarRenderer r = (BarRenderer) barChart.getCategoryPlot().getRenderer();
        for (RecallModel.RunRecall run : shown.runs()) {
            r.setSeriesPaint(bars.getRowIndex(run.run().label()), RunStyles.colour(run.run().index()));
        }
    }

    private static XYSeries series(Curve c, String key) {
        XYSeries s = new XYSeries(key, false, true);
        for (int i = 0; i < c.size(); i++) {
            s.add(c.x()[i], c.y()[i], false);
        }
        return s;
    }

    /** Evaluates the runs without a cached every-k curve, one after another, in the background. */
    void evaluateEveryK() {
        List<SelectedRun> missing = shown.missingEveryK();
        if (missing.isEmpty()) {
            return;
        }
        evaluate.setDisable(true);
        progress.setVisible(true);
        progress.setProgress(0);
        var job = model.tasks().submit("Evaluating " + missing.size() + " runs at every k", context -> {
            List<RecallAtK> done = new ArrayList<>();
            for (int i = 0; i < missing.size() && !context.isCancelled(); i++) {
                int n = i;
                SelectedRun run = missing.get(i);
                done.add(new RecallAtKEvaluator().evaluate(run.folder(), (f, what) -> context.progress(
                        (n + f) / missing.size(), run.summary().name() + ": " + what)));
            }
            return done;
        }, done -> {
            progress.setVisible(false);
            show(runs);
        }, e -> {
            progress.setVisible(false);
            evaluate.setDisable(false);
            model.errors().accept(UserError.of("Evaluating recall at every k", e));
        });
        progress.progressProperty().bind(job.progressProperty());
        status.textProperty().unbind();
        job.messageProperty().addListener((o, a, b) -> status.setText(b));
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(recallChart, barChart);
    }

    @Override
    public List<TableData> tables() {
        List<List<String>> rows = new ArrayList<>();
        for (RecallModel.RunRecall r : shown.runs()) {
            add(rows, r.run().summary().id(), r.run().summary().name(), r.curve());
        }
        if (shown.popularity() != null) {
            add(rows, "", "popularity baseline", shown.popularity());
        }
        if (shown.oracle() != null) {
            add(rows, "", "oracle", shown.oracle());
        }
        return List.of(new TableData("Recall@k", List.of("run", "name", "k", "recall"), rows));
    }

    private static void add(List<List<String>> rows, String id, String name, Curve c) {
        for (int i = 0; i < c.size(); i++) {
            rows.add(List.of(id, name, String.format(Locale.ROOT, "%.0f", c.x()[i]), Double.toString(c.y()[i])));
        }
    }
}
