package io.towerlab.ui.train;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A run in the queue: name and state, progress, the core's message, and a cancel button while it can stop. */
final class RunCell extends ListCell<RunViewModel> {
    private final Label name = new Label();
    private final Label state = new Label();
    private final Label progress = new Label();
    private final Label message = new Label();
    private final Button cancel = new Button(null, new FontIcon("mdi2s-stop-circle-outline"));
    private final VBox box;

    RunCell() {
        name.getStyleClass().add("run-name");
        state.getStyleClass().add("run-state");
        progress.getStyleClass().add("text-muted");
        message.setWrapText(true);
        message.getStyleClass().add("run-message");
        cancel.getStyleClass().addAll("flat", "cancel-run");
        HBox top = new HBox(8, name, state);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox texts = new VBox(2, top, progress, message);
        HBox.setHgrow(texts, Priority.ALWAYS);
        box = new VBox(new HBox(8, texts, cancel));
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(RunViewModel run, boolean empty) {
        super.updateItem(run, empty);
        name.textProperty().unbind();
        state.textProperty().unbind();
        progress.textProperty().unbind();
        message.textProperty().unbind();
        cancel.visibleProperty().unbind();
        if (empty || run == null) {
            setGraphic(null);
            return;
        }
        name.setText(run.name());
        state.textProperty().bind(run.stateProperty().asString());
        progress.textProperty().bind(run.progressProperty());
        message.textProperty().bind(run.messageProperty());
        message.visibleProperty().bind(run.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        cancel.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !run.stateProperty().get().isFinished(), run.stateProperty()));
        cancel.setOnAction(e -> run.cancel());
        state.getStyleClass().removeIf(c -> c.startsWith("state-"));
        state.getStyleClass().add("state-" + run.stateProperty().get().name().toLowerCase(java.util.Locale.ROOT));
        run.stateProperty().addListener((o, a, b) -> {
            state.getStyleClass().removeIf(c -> c.startsWith("state-"));
            state.getStyleClass().add("state-" + b.name().toLowerCase(java.util.Locale.ROOT));
        });
        setGraphic(box);
    }
}
