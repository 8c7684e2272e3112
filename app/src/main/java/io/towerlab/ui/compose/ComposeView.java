package io.towerlab.ui.compose;

import io.towerlab.core.store.RunSummary;
import java.io.File;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The composer: a toolbar (new, templates, open, save, undo, redo, train), the palette, the canvas with both
 * towers and the head, and beside it the selected block's settings above the spec's JSON.
 */
public final class ComposeView extends BorderPane {
    private final ComposeViewModel model;

    public ComposeView(ComposeViewModel model) {
        this.model = model;
        setId("composeView");
        getStylesheets().add(Objects.requireNonNull(getClass().getResource("compose.css")).toExternalForm());
        DragState drag = new DragState();
        ScrollPane canvas = new ScrollPane(new CanvasPane(model, drag));
        canvas.setFitToWidth(true);
        canvas.getStyleClass().add("canvas-scroll");
        SplitPane side = new SplitPane(new PropertiesPane(model), new JsonPane(model));
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.5);
        side.setPadding(new Insets(8, 12, 8, 8));
        PaletteView palette = new PaletteView(model, drag);
        SplitPane center = new SplitPane(palette, canvas, side);
        center.setDividerPositions(0.16, 0.68);
        SplitPane.setResizableWithParent(palette, false);
        setTop(toolbar());
        setCenter(center);
        setBottom(messageLine());
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> drag.end(this));
    }

    private HBox toolbar() {
        Button fresh = button("New", "mdi2f-file-plus-outline", "Empty canvas", model::newSpec);
        MenuButton templates = new MenuButton("Template", new FontIcon("mdi2v-view-dashboard-outline"));
        templates.setId("templates");
        templates.setMinWidth(Region.USE_PREF_SIZE);
        for (Template template : Template.values()) {
            MenuItem item = new MenuItem(template.title());
            item.setId("template-" + template.name().toLowerCase(java.util.Locale.ROOT));
            item.setOnAction(e -> model.applyTemplate(template));
            templates.getItems().add(item);
        }
        Menu fromRun = new Menu("Start from a saved run (fine-tune)");
        templates.getItems().addAll(new SeparatorMenuItem(), fromRun);
        templates.setOnShowing(e -> {
            fromRun.getItems().clear();
            for (RunSummary run : model.savedRuns().stream().limit(20).toList()) {
                MenuItem item = new MenuItem(run.name() + " — " + run.id());
                item.setOnAction(a -> model.startFromRun(run));
                fromRun.getItems().add(item);
            }
            if (fromRun.getItems().isEmpty()) {
                MenuItem none = new MenuItem("No completed runs yet");
                none.setDisable(true);
                fromRun.getItems().add(none);
            }
        });
        Button open = button(null, "mdi2f-folder-open-outline", "Open a spec… (Ctrl+O)", this::open);
        Button save = button(null, "mdi2c-content-save", "Save (Ctrl+S)", this::save);
        Button saveAs = button(null, "mdi2c-content-save-edit-outline", "Save as…", this::saveAs);
        Button undo = button(null, "mdi2u-undo", "Undo (Ctrl+Z)", model::undo);
        undo.setId("undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button(null, "mdi2r-redo", "Redo (Ctrl+Y)", model::redo);
        redo.setId("redo");
        redo.disableProperty().bind(model.canRedoProperty().not());
        Label file = new Label();
        file.getStyleClass().add("text-muted");
        file.setMinWidth(Region.USE_PREF_SIZE);
        file.textProperty().bind(Bindings.createStringBinding(() -> (model.fileProperty().get() == null ? "unsaved"
                : model.fileProperty().get().getFileName().toString()) + (model.dirtyProperty().get() ? " •" : ""),
                model.fileProperty(), model.dirtyProperty()));
        Label data = new Label();
        data.getStyleClass().add("text-muted");
        data.setMinWidth(Region.USE_PREF_SIZE);
        data.textProperty().bind(Bindings.createStringBinding(() -> model.datasetProperty().get() == null
                ? "· no dataset" : "· on " + model.datasetProperty().get().name(), model.datasetProperty()));
        Label blocked = new Label();
        blocked.setId("trainBlocked");
        blocked.textProperty().bind(model.trainBlockedProperty());
        showAsHint(blocked, model.startingProperty().get());
        model.startingProperty().addListener((o, was, starting) -> showAsHint(blocked, starting));
        blocked.setMinWidth(0);
        Tooltip reason = new Tooltip();
        reason.textProperty().bind(model.trainBlockedProperty());
        reason.setWrapText(true);
        reason.setMaxWidth(520);
        blocked.setTooltip(reason);
        Button train = button("Train this", "mdi2p-play", null, model::trainThis);
        train.setId("trainThis");
        train.getStyleClass().add("accent");
        train.disableProperty().bind(model.trainBlockedProperty().isNotEmpty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(blocked, Priority.SOMETIMES);
        HBox bar = new HBox(8, fresh, templates, open, save, saveAs, new Label("  "), undo, redo, new Label("  "),
                file, data, spacer, blocked, train);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("compose-toolbar");
        bar.setPadding(new Insets(10, 16, 10, 16));
        return bar;
    }

    private HBox messageLine() {
        Label message = new Label();
        message.setId("composeMessage");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("text-muted");
        HBox line = new HBox(message);
        line.setPadding(new Insets(4, 16, 6, 16));
        line.visibleProperty().bind(model.messageProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private static Button button(String text, String icon, String tooltip, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        if (tooltip != null) {
            button.setTooltip(new Tooltip(tooltip));
        }
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private void shortcuts(KeyEvent e) {
        boolean inText = getScene() != null && getScene().getFocusOwner() instanceof TextInputControl;
        if (!e.isShortcutDown() || inText && (e.getCode() == KeyCode.Z || e.getCode() == KeyCode.Y)) {
            return;
        }
        switch (e.getCode()) {
            case Z -> {
                if (e.isShiftDown()) {
                    model.redo();
                } else {
                    model.undo();
                }
            }
            case Y -> model.redo();
            case S -> save();
            case O -> open();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Experiment specs", "*.json"));
        return chooser;
    }

    private void open() {
        File file = chooser("Open an experiment spec").showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.open(file.toPath());
        }
    }

    private void save() {
        if (!model.save()) {
            saveAs();
        }
    }

    private void saveAs() {
        FileChooser chooser = chooser("Save the experiment spec");
        chooser.setInitialFileName(model.treeProperty().get().path("name").asText("experiment") + ".json");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.saveAs(file.toPath());
        }
    }

    /** Muted while the canvas is at its start (a getting-started hint), red while problems block training. */
    private static void showAsHint(Label label, boolean hint) {
        label.getStyleClass().removeAll("text-muted", "train-blocked");
        label.getStyleClass().add(hint ? "text-muted" : "train-blocked");
    }
}
