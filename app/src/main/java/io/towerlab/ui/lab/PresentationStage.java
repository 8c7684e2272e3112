package io.towerlab.ui.lab;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * Presentation mode: a full-screen, high-contrast window with large type and no chrome, showing the
 * lesson step beside the batch's matrices. Space, → or Page Down steps the lesson; Esc leaves.
 */
final class PresentationStage extends Stage {

    PresentationStage(LabViewModel model, Window owner) {
        super(StageStyle.UNDECORATED);
        if (owner != null) {
            initOwner(owner);
        }
        HeatmapCanvas heatmap = new HeatmapCanvas();
        HistogramCanvas histogram = new HistogramCanvas();
        LabPalette palette = LabPalette.of(true, true);
        heatmap.palette.set(palette);
        heatmap.setMinFont(16);
        histogram.setMinFont(18);
        histogram.palette.set(palette);
        heatmap.batch.bind(model.batchProperty());
        histogram.batch.bind(model.batchProperty());
        heatmap.selectedRow.bindBidirectional(model.selectedRowProperty());
        histogram.setPrefHeight(200);
        VBox.setVgrow(heatmap, Priority.ALWAYS);
        FormulaView formula = new FormulaView();
        VBox plots = new VBox(16, heatmap, histogram, formula);
        Runnable update = () -> formula.show(model.settingsProperty().get(), model.batchProperty().get(),
                model.selectedRowProperty().get());
        model.batchProperty().addListener((o, a, b) -> update.run());
        model.settingsProperty().addListener((o, a, b) -> update.run());
        update.run();
        LessonPanel lesson = new LessonPanel(model);
        VBox side = new VBox(24, lesson);
        side.setPrefWidth(600);
        side.setMinWidth(420);
        BorderPane root = new BorderPane(plots);
        root.setRight(side);
        BorderPane.setMargin(side, new Insets(0, 0, 0, 32));
        root.setPadding(new Insets(32, 40, 32, 40));
        root.setId("presentation");
        root.getStyleClass().add("presentation");
        Scene scene = new Scene(root, 1280, 800, javafx.scene.paint.Color.BLACK);
        scene.getStylesheets().add(Objects.requireNonNull(LabView.class.getResource("lab.css")).toExternalForm());
        scene.setOnKeyPressed(e -> {
            KeyCode code = e.getCode();
            if (code == KeyCode.SPACE || code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN || code == KeyCode.ENTER) {
                model.advance();
                e.consume();
            } else if (code == KeyCode.ESCAPE) {
                close();
            }
        });
        setScene(scene);
        setTitle("TowerLab lesson");
        setFullScreenExitHint("");
        setFullScreen(true);
        fullScreenProperty().addListener((o, a, full) -> {
            if (!full) {
                close();
            }
        });
    }
}
