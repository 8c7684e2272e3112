package io.towerlab.ui.compose;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The spec's JSON beside the canvas, editable: it follows every canvas edit until the user types in it; then
 * Apply (or Ctrl+Enter) replaces the spec, or shows where the JSON is wrong and leaves the canvas as it was.
 */
final class JsonPane extends VBox {
    private final TextArea text = new TextArea();
    private boolean edited;

    JsonPane(ComposeViewModel model) {
        setId("jsonPane");
        text.setId("jsonText");
        text.getStyleClass().add("json-text");
        text.setWrapText(true);
        text.setText(model.jsonProperty().get());
        model.jsonProperty().addListener((o, a, json) -> {
            if (!edited) {
                setTextKeepingScroll(json);
            }
        });
        text.textProperty().addListener((o, a, b) -> edited = !b.equals(model.jsonProperty().get()));
        Button apply = new Button("Apply", new FontIcon("mdi2c-check"));
        apply.setId("applyJson");
        apply.setOnAction(e -> apply(model));
        Button revert = new Button("Revert");
        revert.setOnAction(e -> {
            edited = false;
            text.setText(model.jsonProperty().get());
        });
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                apply(model);
                e.consume();
            }
        });
        Label error = new Label();
        error.setId("jsonError");
        error.getStyleClass().add("block-problem");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.jsonErrorProperty());
        error.visibleProperty().bind(model.jsonErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label hint = new Label("Ctrl+Enter applies");
        hint.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, apply, revert, spacer, hint);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(text, Priority.ALWAYS);
        getChildren().addAll(text, error, actions);
        setSpacing(8);
        setPadding(new Insets(10, 0, 0, 0));
    }

    private void apply(ComposeViewModel model) {
        if (model.applyJson(text.getText())) {
            edited = false;
            setTextKeepingScroll(model.jsonProperty().get());
        }
    }

    private void setTextKeepingScroll(String json) {
        double top = text.getScrollTop();
        text.setText(json);
        text.setScrollTop(top);
    }
}
