package io.towerlab.ui.data;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** The column-mapping step: a choice per role and feature lists, then "Import again". */
final class ColumnMappingPane extends GridPane {

    ColumnMappingPane(DataViewModel model) {
        ColumnMappingModel m = model.mapping();
        setHgap(12);
        setVgap(8);
        setPadding(new Insets(0, 0, 8, 0));
        role(0, 0, "Query column", m.queryProperty(), m);
        role(0, 1, "Document column", m.documentProperty(), m);
        role(2, 0, "Relevance column", m.relevanceProperty(), m);
        role(2, 1, "Timestamp column", m.timestampProperty(), m);
        features(4, 0, "Query categorical", m.queryCategoricalProperty());
        features(4, 1, "Document categorical", m.documentCategoricalProperty());
        features(6, 0, "Document numeric", m.documentNumericProperty());
        features(6, 1, "Document text", m.documentTextProperty());
        Button apply = new Button("Import again", new FontIcon("mdi2r-refresh"));
        apply.setId("applyMapping");
        apply.setOnAction(e -> model.applyMapping());
        apply.disableProperty().bind(m.editableProperty().not().or(model.importingProperty()));
        add(apply, 8, 0);
        Label note = new Label("Folders (dataset.json, MovieLens) describe their own columns.");
        note.getStyleClass().add("text-muted");
        note.visibleProperty().bind(m.editableProperty().not());
        add(note, 8, 1);
        disableProperty().bind(m.editableProperty().not());
    }

    private void role(int column, int row, String label, StringProperty value, ColumnMappingModel m) {
        ComboBox<String> box = new ComboBox<>(m.columns());
        box.setEditable(true);
        box.setPromptText("detect");
        box.setPrefWidth(150);
        box.valueProperty().bindBidirectional(value);
        box.setTooltip(new Tooltip("Leave empty to detect it from the header"));
        add(new Label(label), column, row);
        add(box, column + 1, row);
    }

    private void features(int column, int row, String label, StringProperty value) {
        TextField field = new TextField();
        field.setPromptText("col1, col2");
        field.setPrefColumnCount(10);
        field.textProperty().bindBidirectional(value);
        add(new Label(label), column, row);
        add(field, column + 1, row);
    }
}
