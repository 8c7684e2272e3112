package io.towerlab.ui.train;

import io.towerlab.ui.common.Charts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The train view: spec and hyperparameters, the run queue, and the selected run's live charts. */
public final class TrainView extends SplitPane {
    private final TrainViewModel model;

    public TrainView(TrainViewModel model, Charts charts, Runnable openSpec) {
        this.model = model;
        setId("trainView");
        VBox left = setupPane(openSpec);
        BorderPane right = new BorderPane(new TrainCharts(model.selectedRunProperty(), charts));
        right.setTop(runHeader());
        BorderPane.setMargin(right.getTop(), new Insets(0, 0, 12, 0));
        right.setPadding(new Insets(20, 24, 16, 16));
        getItems().addAll(left, right);
        setDividerPositions(0.3);
        SplitPane.setResizableWithParent(left, false);
    }

    private VBox setupPane(Runnable openSpec) {
        Label title = new Label("Experiment");
        title.getStyleClass().add("title-3");
        ComboBox<SpecChoice> spec = new ComboBox<>(model.specs());
        spec.setId("specChoice");
        spec.valueProperty().bindBidirectional(model.selectedSpecProperty());
        spec.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(spec, Priority.ALWAYS);
        Button open = new Button(null, new FontIcon("mdi2f-file-document-outline"));
        open.setTooltip(new javafx.scene.control.Tooltip("Open a spec file…"));
        open.setOnAction(e -> openSpec.run());
        Label dataset = new Label();
        dataset.getStyleClass().add("text-muted");
        dataset.textProperty().bind(Bindings.createStringBinding(() -> model.datasetProperty().get() == null
                ? "no dataset open" : "on " + model.datasetProperty().get().name(), model.datasetProperty()));
        HyperparameterSheet sheet = new HyperparameterSheet(model.hyperparameters());
        sheet.setPrefHeight(330);
        Button start = new Button("Start training", new FontIcon("mdi2p-play"));
        start.setId("startTraining");
        start.getStyleClass().add("accent");
        start.setDefaultButton(false);
        start.setOnAction(e -> model.start());
        Spinner<Integer> cap = new Spinner<>(1, 8, model.maxConcurrentProperty().get());
        cap.setPrefWidth(80);
        model.maxConcurrentProperty().bind(cap.valueProperty());
        HBox actions = new HBox(12, start, new Label("at once"), cap);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label queue = new Label("Runs");
        queue.getStyleClass().add("title-4");
        ListView<RunViewModel> runs = new ListView<>(model.runs());
        runs.setId("runs");
        runs.setCellFactory(v -> new RunCell());
        runs.setPlaceholder(new Label("No runs yet: press Start (Ctrl+Enter)."));
        runs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedRunProperty().set(b);
            }
        });
        model.selectedRunProperty().addListener((o, a, b) -> runs.getSelectionModel().select(b));
        runs.setPrefHeight(160);
        VBox.setVgrow(runs, Priority.ALWAYS);
        VBox box = new VBox(10, title, new HBox(8, spec, open), dataset, sheet, actions, queue, runs);
        box.setPadding(new Insets(20, 16, 16, 24));
        box.setMinWidth(340);
        return box;
    }

    private HBox runHeader() {
        Label name = label("runName", r -> r.name(), "title-3", "No run selected");
        Label progress = label("runProgress", r -> r.progressProperty().get(), null,
                "Press Start training: the selected run's loss and validation metrics are drawn here live.");
        Label speed = label("runSpeed", r -> r.throughputProperty().get(), "text-muted", "");
        Label device = label("runDevice", r -> r.deviceProperty().get(), "text-muted", "");
        VBox texts = new VBox(4, name, progress);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox header = new HBox(24, texts, speed, device);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Label label(String id, java.util.function.Function<RunViewModel, String> text, String style, String none) {
        Label label = new Label();
        label.setId(id);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        model.selectedRunProperty().addListener((o, old, run) -> label.textProperty().bind(binding(run, text, none)));
        label.textProperty().bind(binding(model.selectedRunProperty().get(), text, none));
        return label;
    }

    private static StringBinding binding(RunViewModel run, java.util.function.Function<RunViewModel, String> text,
            String none) {
        if (run == null) {
            return Bindings.createStringBinding(() -> none);
        }
        return Bindings.createStringBinding(() -> text.apply(run), run.progressProperty(), run.throughputProperty(),
                run.deviceProperty());
    }
}
