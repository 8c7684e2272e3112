package io.towerlab.ui.experiments;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.converter.DefaultStringConverter;

/**
 * The runs table: the view model's filtered rows, sorted by any column (the table's own sorted view),
 * several selectable, the columns offered by the view model (the header's menu switches them on and
 * off), crashed runs marked, and name, tags and note edited in place.
 */
final class RunsTable extends TableView<RunRow> {
    private final ExperimentsViewModel model;

    RunsTable(ExperimentsViewModel model) {
        this.model = model;
        setId("runsTable");
        SortedList<RunRow> sorted = new SortedList<>(model.filteredRows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setEditable(true);
        setTableMenuButtonVisible(true);
        setPlaceholder(new Label("No runs in the store yet: train one in Train, or with towerlab train SPEC.json."));
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // the comparison follows the table's order, not the order of clicks
        getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunRow>) c ->
                model.selected().setAll(getSelectionModel().getSelectedIndices().stream().sorted()
                        .filter(i -> i >= 0 && i < getItems().size()).map(getItems()::get).toList()));
        model.columnsProperty().addListener((o, a, b) -> columns(b));
        columns(model.columnsProperty().get());
    }

    private void columns(List<RunColumn> columns) {
        List<String> visibleBefore = getColumns().stream().filter(TableColumn::isVisible).map(TableColumn::getId).toList();
        boolean first = getColumns().isEmpty();
        getColumns().setAll(columns.stream().map(c -> column(c, first || !known(c.id()) ? c.shownByDefault()
                : visibleBefore.contains(c.id()))).toList());
    }

    private boolean known(String id) {
        return getColumns().stream().anyMatch(c -> id.equals(c.getId()));
    }

    private TableColumn<RunRow, Object> column(RunColumn c, boolean visible) {
        TableColumn<RunRow, Object> column = new TableColumn<>(c.title());
        column.setId(c.id());
        column.setVisible(visible);
        column.setComparator(RunColumn.ORDER);
        column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(c.value().apply(d.getValue())));
        column.setPrefWidth(Math.max(c.id().startsWith("hp:") || c.id().contains("@") ? 95 : 120, headerWidth(c.title())));
        switch (c.id()) {
            case "name" -> editable(column, model::rename, 200);
            case "tags" -> editable(column, model::tag, 120);
            case "note" -> editable(column, model::annotate, 220);
            case "status" -> column.setCellFactory(t -> new StatusCell());
            default -> column.setCellFactory(t -> new TextCell(c));
        }
        return column;
    }

    /** The width a column needs to show its whole title in the (bold) header, with its padding and sort arrow. */
    private static double headerWidth(String title) {
        Text text = new Text(title);
        text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize() * 1.1));
        return Math.ceil(text.getLayoutBounds().getWidth()) + 32;
    }

    private void editable(TableColumn<RunRow, Object> column, BiConsumer<RunRow, String> save, double width) {
        column.setEditable(true);
        column.setPrefWidth(width);
        @SuppressWarnings({"unchecked", "rawtypes"})
        TableColumn<RunRow, String> text = (TableColumn) column;
        text.setCellFactory(t -> new TextFieldTableCell<>(new DefaultStringConverter()));
        text.setOnEditCommit(e -> save.accept(e.getRowValue(), e.getNewValue()));
    }

    /** A value as text (numbers to four decimals). */
    private static final class TextCell extends TableCell<RunRow, Object> {
        private final RunColumn column;

        TextCell(RunColumn column) {
            this.column = column;
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : RunColumn.format(item));
        }
    }

    /** The run's state, marked when it crashed or failed, with the reason as a tooltip. */
    private static final class StatusCell extends TableCell<RunRow, Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("run-bad", "run-running");
            RunRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : String.valueOf(item));
            setTooltip(row == null || row.summary().message() == null ? null
                    : new javafx.scene.control.Tooltip(row.summary().message()));
            if (row != null) {
                switch (row.summary().state()) {
                    case CRASHED, FAILED, DIVERGED, UNREADABLE -> getStyleClass().add("run-bad");
                    case RUNNING, CREATED -> getStyleClass().add("run-running");
                    default -> { }
                }
            }
        }
    }
}
