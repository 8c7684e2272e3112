package io.towerlab.ui.experiments;

import io.towerlab.core.compare.PairedTTest;
import io.towerlab.core.compare.SeedGroups;
import io.towerlab.core.compare.Spread;
import io.towerlab.core.compare.TableData;
import io.towerlab.core.store.RunSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;

/**
 * The selected runs grouped by experiment across seeds: each group's mean ± standard deviation (and
 * range) of a chosen final metric, and a paired t-test between two groups over their common seeds.
 */
final class SeedsPanel implements ExportablePanel {
    private final BorderPane root = new BorderPane();
    private final ComboBox<String> metric = new ComboBox<>();
    private final TableView<SeedGroups.Group> table = new TableView<>();
    private final ComboBox<SeedGroups.Group> left = new ComboBox<>();
    private final ComboBox<SeedGroups.Group> right = new ComboBox<>();
    private final Label test = new Label();
    private List<SeedGroups.Group> groups = List.of();

    SeedsPanel() {
        metric.setId("seedsMetric");
        table.setId("seedsTable");
        table.setPlaceholder(new Label("Select runs above; runs that differ only by training.seed are grouped."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("Experiment", g -> g.name()),
                column("Runs", g -> Integer.toString(g.runs().size())),
                column("Seeds", g -> g.runs().stream().map(r -> String.valueOf(SeedGroups.Group.seed(r))).toList()
                        .toString()),
                column("Mean ± sd", g -> spread(g) == null ? "" : spread(g).format() + "  (n = " + spread(g).n() + ")"),
                column("Min", g -> spread(g) == null ? "" : fmt(spread(g).min())),
                column("Max", g -> spread(g) == null ? "" : fmt(spread(g).max()))));
        table.getColumns().get(0).setPrefWidth(220);
        StringConverter<SeedGroups.Group> names = new StringConverter<>() {
            @Override
            public String toString(SeedGroups.Group g) {
                return g == null ? "" : g.name() + " (" + g.runs().size() + (g.runs().size() == 1 ? " run)" : " runs)");
            }

            @Override
            public SeedGroups.Group fromString(String s) {
                return null;
            }
        };
        left.setId("seedsLeft");
        right.setId("seedsRight");
        left.setConverter(names);
        right.setConverter(names);
        test.setId("seedsTest");
        test.setWrapText(true);
        metric.valueProperty().addListener((o, a, b) -> refresh());
        left.valueProperty().addListener((o, a, b) -> runTest());
        right.valueProperty().addListener((o, a, b) -> runTest());
        HBox top = new HBox(10, new Label("Metric"), metric);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox pair = new HBox(10, new Label("Paired t-test"), left, new Label("against"), right);
        pair.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(6, pair, test);
        root.setTop(top);
        root.setCenter(table);
        root.setBottom(bottom);
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(bottom, new Insets(8, 0, 0, 0));
    }

    @Override
    public String title() {
        return "Seeds";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(List<SelectedRun> runs) {
        List<RunSummary> summaries = runs.stream().map(SelectedRun::summary).toList();
        groups = SeedGroups.of(summaries);
        TreeSet<String> metrics = new TreeSet<>();
        summaries.forEach(s -> {
            if (s.metrics() != null) {
                metrics.addAll(s.metrics().keySet());
            }
        });
        String was = metric.getValue();
        metric.getItems().setAll(metrics);
        metric.setValue(was != null && metrics.contains(was) ? was
                : metrics.contains("recall@50") ? "recall@50" : metrics.isEmpty() ? null : metrics.first());
        List<SeedGroups.Group> repeated = groups.stream().filter(g -> g.runs().size() > 1).toList();
        left.getItems().setAll(groups);
        right.getItems().setAll(groups);
        SeedGroups.Group first = repeated.isEmpty() ? (groups.isEmpty() ? null : groups.get(0)) : repeated.get(0);
        List<SeedGroups.Group> others = new ArrayList<>(repeated);
        groups.stream().filter(g -> !others.contains(g)).forEach(others::add);
        others.remove(first);
        left.setValue(first);
        right.setValue(others.isEmpty() ? null : others.get(0));
        refresh();
    }

    private void refresh() {
        table.getItems().setAll(groups);
        table.refresh();
        runTest();
    }

    private Spread spread(SeedGroups.Group g) {
        double[] values = metric.getValue() == null ? new double[0] : g.values(metric.getValue());
        return values.length == 0 ? null : Spread.of(values);
    }

    private void runTest() {
        SeedGroups.Group a = left.getValue();
        SeedGroups.Group b = right.getValue();
        if (a == null || b == null || a == b || metric.getValue() == null) {
            test.setText("Choose two groups, each run with the same seeds, to test whether their "
                    + (metric.getValue() == null ? "metric" : metric.getValue()) + " differs beyond seed noise.");
            return;
        }
        try {
            PairedTTest t = SeedGroups.compare(a, b, metric.getValue());
            test.setText(String.format(Locale.ROOT, "%s: mean difference %+.4f over %d common seeds, t = %.3f,"
                            + " df = %d, two-sided p = %.4f — %s at the 5%% level.", metric.getValue(),
                    t.meanDifference(), t.df() + 1, t.t(), t.df(), t.p(),
                    t.significantAt(0.05) ? "significant" : "not significant"));
        } catch (IllegalArgumentException e) {
            String why = String.valueOf(e.getMessage());
            test.setText(Character.toUpperCase(why.charAt(0)) + why.substring(1));
        }
    }

    String testText() {
        return test.getText();
    }

    private interface Cell {
        String text(SeedGroups.Group g);
    }

    private static TableColumn<SeedGroups.Group, String> column(String title, Cell cell) {
        TableColumn<SeedGroups.Group, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(cell.text(d.getValue())));
        c.setPrefWidth(120);
        return c;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of();
    }

    @Override
    public List<TableData> tables() {
        List<List<String>> rows = new ArrayList<>();
        for (SeedGroups.Group g : groups) {
            Spread s = spread(g);
            rows.add(List.of(g.name(), Integer.toString(g.runs().size()), s == null ? "" : fmt(s.mean()),
                    s == null ? "" : fmt(s.sd()), s == null ? "" : fmt(s.min()), s == null ? "" : fmt(s.max())));
        }
        List<TableData> out = new ArrayList<>();
        out.add(new TableData("Across seeds: " + metric.getValue(), List.of("experiment", "runs", "mean", "sd", "min",
                "max"), rows));
        out.add(new TableData("Paired test", List.of("result"), List.of(List.of(test.getText()))));
        return out;
    }
}
