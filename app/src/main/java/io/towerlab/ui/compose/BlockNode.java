package io.towerlab.ui.compose;

import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One block on the canvas: icon, title and main settings, its output shape and parameters, and its problems
 * in red. Click selects it; drag it onto another block of its list to reorder; the context menu and the
 * keyboard (Delete, Ctrl+D, Alt+Up/Down) delete, duplicate and move it.
 */
final class BlockNode extends VBox {

    BlockNode(CanvasBlock block, ComposeViewModel model, DragState drag, boolean selected) {
        getStyleClass().add("compose-block");
        if (block.ref().index() < 0 && block.ref().part() == BlockRef.Part.INPUTS) {
            getStyleClass().add("junction");
        }
        if (block.ref().tower() == null) {
            getStyleClass().add("head-block");
        }
        if (selected) {
            getStyleClass().add("selected");
        }
        if (block.hasProblems()) {
            getStyleClass().add("has-problem");
        }
        setId("block-" + block.ref().path().replace('.', '-').replace("[", "").replace("]", ""));
        FontIcon icon = new FontIcon(block.kind() == null ? headIcon(block.ref()) : block.kind().icon());
        icon.getStyleClass().add("block-icon");
        Label title = new Label(block.title(), icon);
        title.getStyleClass().add("block-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label shape = new Label(block.shape());
        shape.getStyleClass().add("shape-chip");
        shape.setVisible(!block.shape().isEmpty());
        title.setMinWidth(Region.USE_PREF_SIZE);
        shape.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, title, spacer, shape);
        top.setAlignment(Pos.CENTER_LEFT);
        Label detail = new Label(block.detail());
        detail.getStyleClass().addAll("block-detail", "text-muted");
        detail.setWrapText(true); // a narrow tower column wraps the detail instead of cutting it off
        detail.setMinHeight(Region.USE_PREF_SIZE);
        Label parameters = new Label(block.parameters());
        parameters.getStyleClass().addAll("block-parameters", "text-muted");
        parameters.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, detail, gap, parameters);
        bottom.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, bottom);
        for (String problem : block.problems()) {
            Label line = new Label(problem, new FontIcon("mdi2a-alert-circle-outline"));
            line.getStyleClass().add("block-problem");
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            getChildren().add(line);
        }
        if (block.kind() != null || block.ref().tower() == null) {
            interactive(block, model, drag);
        }
    }

    private void interactive(CanvasBlock block, ComposeViewModel model, DragState drag) {
        BlockRef ref = block.ref();
        setFocusTraversable(true);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                model.selectedProperty().set(ref);
                requestFocus();
            }
        });
        if (ref.movable()) {
            setOnDragDetected(e -> drag.start(this, DragPayload.of(ref)));
        }
        ContextMenu menu = new ContextMenu();
        if (ref.movable()) {
            menu.getItems().addAll(item("Move up", "Alt+Up", () -> model.move(ref, ref.index() - 1)),
                    item("Move down", "Alt+Down", () -> model.move(ref, ref.index() + 1)),
                    item("Duplicate", "Shortcut+D", () -> model.duplicate(ref)));
        }
        if (ref.inTower() || ref.part() == BlockRef.Part.INIT) {
            menu.getItems().add(item("Delete", "Delete", () -> model.delete(ref)));
        }
        if (!menu.getItems().isEmpty()) {
            setOnContextMenuRequested(e -> {
                model.selectedProperty().set(ref);
                menu.show(this, e.getScreenX(), e.getScreenY());
            });
        }
        setOnKeyPressed(e -> {
            boolean handled = true;
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && (ref.inTower()
                    || ref.part() == BlockRef.Part.INIT)) {
                model.delete(ref);
            } else if (e.getCode() == KeyCode.D && e.isShortcutDown() && ref.movable()) {
                model.duplicate(ref);
            } else if (e.getCode() == KeyCode.UP && e.isAltDown() && ref.movable()) {
                model.move(ref, ref.index() - 1);
            } else if (e.getCode() == KeyCode.DOWN && e.isAltDown() && ref.movable()) {
                model.move(ref, ref.index() + 1);
            } else {
                handled = false;
            }
            if (handled) {
                e.consume();
            }
        });
        Tooltip.install(this, new Tooltip(block.title() + " — " + ref.path()
                + (ref.movable() ? "\nDrag to reorder · Delete · Ctrl+D duplicate · Alt+↑/↓ move" : "")));
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private static String headIcon(BlockRef ref) {
        return switch (ref.part()) {
            case SIMILARITY -> "mdi2a-approximately-equal";
            case LOSS -> "mdi2t-target";
            case INIT -> "mdi2s-source-merge";
            default -> "mdi2v-vector-combine";
        };
    }
}
