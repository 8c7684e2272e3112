package io.towerlab.ui.lab;

import io.towerlab.core.lab.LessonStateFile;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The loss lab: the latest batch's score matrix, row softmax and row losses, the histogram of positive
 * against negative scores, the active loss's formula with one row's numbers, the switches, and the
 * lesson being played. Presentation mode shows the same in a full-screen window of its own.
 */
public final class LabView extends BorderPane {
    private final LabViewModel model;
    private final ObservableBooleanValue dark;
    private final HeatmapCanvas heatmap = new HeatmapCanvas();
    private final HistogramCanvas histogram = new HistogramCanvas();
    private final FormulaView formula = new FormulaView();
    private PresentationStage presentation;

    public LabView(LabViewModel model, ObservableBooleanValue dark) {
        this.model = model;
        this.dark = dark;
        setId("labView");
        getStyleClass().add("lab-view");
        getStylesheets().add(Objects.requireNonNull(LabView.class.getResource("lab.css")).toExternalForm());
        heatmap.batch.bind(model.batchProperty());
        heatmap.selectedRow.bindBidirectional(model.selectedRowProperty());
        histogram.batch.bind(model.batchProperty());
        heatmap.palette.bind(Bindings.createObjectBinding(() -> LabPalette.of(dark.get(), false), dark));
        histogram.palette.bind(heatmap.palette);
        setTop(toolbar());
        setCenter(body());
        Runnable formulaUpdate = () -> formula.show(model.settingsProperty().get(), model.batchProperty().get(),
                model.selectedRowProperty().get());
        model.settingsProperty().addListener((o, a, b) -> formulaUpdate.run());
        model.batchProperty().addListener((o, a, b) -> formulaUpdate.run());
        model.selectedRowProperty().addListener((o, a, b) -> formulaUpdate.run());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.F5) {
                model.advance();
                e.consume();
            }
        });
        visibleProperty().addListener((o, a, shown) -> {
            if (shown) {
                model.ensureSettings();
            }
        });
        model.presentingProperty().addListener((o, a, on) -> present(on));
    }

    private HBox toolbar() {
        ComboBox<Path> lessons = new ComboBox<>(model.lessons());
        lessons.setId("lessonChoice");
        lessons.setPromptText("Choose a lesson…");
        lessons.setPrefWidth(300);
        lessons.setCellFactory(v -> new LessonCell());
        lessons.setButtonCell(new LessonCell());
        lessons.setOnAction(e -> {
            Path file = lessons.getValue();
            if (file != null && !file.equals(model.lessonFileProperty().get())) {
                model.open(file);
            }
        });
        model.lessonFileProperty().addListener((o, a, file) -> lessons.setValue(
                file == null ? null : model.lessons().stream().filter(p -> same(p, file)).findFirst().orElse(null)));
        Button open = button(null, "mdi2f-folder-open-outline", "Open a lesson or a saved lesson state…",
                this::chooseLesson);
        Button save = button(null, "mdi2c-content-save-outline", "Save the lesson's state to share it…",
                this::saveState);
        save.disableProperty().bind(model.lessonProperty().isNull());
        Button step = button("Step", "mdi2s-step-forward", "Train one batch", model::step);
        step.setId("labStep");
        step.disableProperty().bind(model.busyProperty());
        Button run = button("Run", "mdi2p-play", "Train batch after batch; switches apply to the next batch",
                model::toggleRun);
        run.setId("labRun");
        run.textProperty().bind(Bindings.when(model.runningProperty()).then("Pause").otherwise("Run"));
        run.disableProperty().bind(model.busyProperty().and(model.runningProperty().not()));
        Button evaluate = button("Evaluate", "mdi2t-target", "Validation recall of the current weights",
                model::evaluate);
        evaluate.disableProperty().bind(model.busyProperty());
        Button reset = button("Reset", "mdi2r-restart", "Start again from fresh weights (same seed)",
                model::resetWeights);
        reset.disableProperty().bind(model.busyProperty());
        Button present = button("Present", "mdi2p-presentation-play",
                "Full screen, large and high-contrast; Space or → steps the lesson, Esc leaves",
                () -> model.presentingProperty().set(true));
        present.setId("labPresent");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, lessons, open, save, new Separator(Orientation.VERTICAL), step, run, evaluate,
                reset, spacer, present);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 8, 16));
        return bar;
    }

    private SplitPane body() {
        Label status = new Label();
        status.setId("labStatus");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        VBox.setVgrow(heatmap, Priority.ALWAYS);
        histogram.setPrefHeight(150);
        histogram.setMinHeight(120);
        VBox left = new VBox(10, heatmap, histogram, status);
        left.setPadding(new Insets(4, 8, 12, 16));
        left.setMinWidth(360);

        Label formulaTitle = section("Loss, with the selected row's numbers");
        Label note = new Label();
        note.setId("labNote");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("lab-note");
        note.textProperty().bind(model.noteProperty());
        Label metrics = new Label();
        metrics.setWrapText(true);
        metrics.setMinHeight(Region.USE_PREF_SIZE);
        metrics.textProperty().bind(Bindings.createStringBinding(() -> model.lessonProperty().get() != null ? ""
                : LessonPanel.describe(model.metricsProperty().get()), model.metricsProperty(), model.lessonProperty()));
        for (Label text : List.of(note, metrics)) { // no blank lines between the formula and the switches
            text.visibleProperty().bind(text.textProperty().isNotEmpty());
            text.managedProperty().bind(text.visibleProperty());
        }
        SwitchPanel switches = new SwitchPanel(model::set);
        Runnable showSwitches = () -> switches.show(model.settingsProperty().get(), model.lessonProperty().get());
        model.settingsProperty().addListener((o, a, b) -> showSwitches.run());
        model.lessonProperty().addListener((o, a, b) -> showSwitches.run());
        VBox side = new VBox(10, new LessonPanel(model), formulaTitle, formula, note, metrics,
                section("Switches (apply to the next batch)"), switches);
        side.setPadding(new Insets(4, 16, 16, 12));
        side.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(320);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.6);
        return split;
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("lab-section");
        return label;
    }

    private static Button button(String text, String icon, String tip, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void chooseLesson() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a lesson or a saved lesson state");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Lessons and lesson states",
                "*.json", "*" + LessonStateFile.EXTENSION), new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.open(file.toPath());
        }
    }

    private void saveState() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the lesson state");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lesson states", "*"
                + LessonStateFile.EXTENSION));
        chooser.setInitialFileName("lesson" + LessonStateFile.EXTENSION);
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.saveState(file.toPath());
        }
    }

    private void present(boolean on) {
        if (on && presentation == null) {
            presentation = new PresentationStage(model, getScene() == null ? null : getScene().getWindow());
            presentation.setOnHidden(e -> {
                presentation = null;
                model.presentingProperty().set(false);
            });
            presentation.show();
        } else if (!on && presentation != null) {
            presentation.close();
        }
    }

    /** A lesson file shown by its name without the extension. */
    private static final class LessonCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.getFileName().toString().replaceFirst("\\.json$", ""));
        }
    }
}
