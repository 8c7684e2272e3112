package io.towerlab.ui.experiments;

import io.towerlab.core.compare.PropertyDiff;
import io.towerlab.core.compare.TableData;
import io.towerlab.core.store.RunFolder;
import io.towerlab.ui.common.UserError;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.jfree.chart.JFreeChart;

/**
 * Hyperparameters (the whole spec) and provenance of the selected runs side by side, one row per JSON
 * path; only the paths whose values differ unless the user asks for all.
 */
final class DiffPanel implements ExportablePanel {
    private final ExperimentsViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<PropertyDiff.Row> table = new TableView<>();
    private final CheckBox onlyDiffering = new CheckBox("Only differing values");
    private final Label summary = new Label();
    private List<SelectedRun> runs = List.of();

    DiffPanel(ExperimentsViewModel model) {
        this.model = model;
        table.setId("diffTable");
        table.setPlaceholder(new Label("Select two or more runs above to see how they differ."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        onlyDiffering.setId("diffOnlyDiffering");
        onlyDiffering.setSelected(true);
        onlyDiffering.selectedProperty().addListener((o, a, b) -> show(runs));
        summary.getStyleClass().add("text-muted");
        HBox bar = new HBox(12, onlyDiffering, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        root.setTop(bar);
        root.setCenter(table);
        BorderPane.setMargin(bar, new Insets(0, 0, 8, 0));
    }

    @Override
    public String title() {
        return "Diff";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(List<SelectedRun> selected) {
        runs = List.copyOf(selected);
        List<RunFolder> folders = runs.stream().map(SelectedRun::folder).toList();
        boolean differing = onlyDiffering.isSelected();
        model.tasks().submit("Comparing the specs of " + runs.size() + " runs",
                context -> PropertyDiff.of(folders, differing), this::fill,
                e -> model.errors().accept(UserError.of("Comparing the runs' specs and provenance", e)));
    }

    private void fill(List<PropertyDiff.Row> rows) {
        List<TableColumn<PropertyDiff.Row, String>> columns = new ArrayList<>();
        columns.add(column("File", r -> r.file()));
        columns.add(column("Key", r -> r.path()));
        for (int i = 0; i < runs.size(); i++) {
            int n = i;
            columns.add(column(runs.get(i).label(), r -> r.values().get(n)));
        }
        columns.get(0).setPrefWidth(100);
        columns.get(0).setMaxWidth(140);
        columns.get(0).setMinWidth(110); // "provenance" in full
        columns.get(1).setMinWidth(170);
        columns.get(1).setPrefWidth(230);
        columns.subList(2, columns.size()).forEach(c -> c.setPrefWidth(320));
        table.getColumns().setAll(columns);
        table.getItems().setAll(rows);
        summary.setText(runs.size() < 2 ? "" : rows.isEmpty() ? "The runs' specs and provenance are identical."
                : rows.size() + (onlyDiffering.isSelected() ? " differing values" : " values"));
    }

    private interface Cell {
        String text(PropertyDiff.Row row);
    }

    private static TableColumn<PropertyDiff.Row, String> column(String title, Cell cell) {
        TableColumn<PropertyDiff.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(cell.text(d.getValue())));
        c.setPrefWidth(160);
        return c;
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of();
    }

    @Override
    public List<TableData> tables() {
        List<String> header = new ArrayList<>(List.of("file", "key"));
        runs.forEach(r -> header.add(r.label()));
        List<List<String>> rows = new ArrayList<>();
        for (PropertyDiff.Row r : table.getItems()) {
            List<String> row = new ArrayList<>(List.of(r.file(), r.path()));
            row.addAll(r.values());
            rows.add(row);
        }
        return List.of(new TableData("Hyperparameter and provenance diff", header, rows));
    }
}
