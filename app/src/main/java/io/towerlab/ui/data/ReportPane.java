package io.towerlab.ui.data;

import io.towerlab.core.data.RowProblem;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The validation report: counts of read, kept, skipped and filtered rows, and each located problem. */
final class ReportPane extends VBox {

    ReportPane(DataViewModel model) {
        Label summary = new Label();
        summary.setId("reportSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.reportSummaryProperty());
        TableView<RowProblem> table = new TableView<>(model.problems());
        table.setId("problems");
        table.getColumns().add(column("File", 180, p -> p.file() == null ? "" : String.valueOf(p.file().getFileName())));
        table.getColumns().add(column("Line", 70, p -> Long.toString(p.line())));
        table.getColumns().add(column("Column", 80, p -> p.column() == 0 ? "row" : Integer.toString(p.column())));
        table.getColumns().add(column("Reason", 600, RowProblem::reason));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No malformed rows."));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(summary, table);
        setSpacing(12);
        setPadding(new Insets(16));
    }

    private static TableColumn<RowProblem, String> column(String title, double width,
                                                          java.util.function.Function<RowProblem, String> value) {
        TableColumn<RowProblem, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
