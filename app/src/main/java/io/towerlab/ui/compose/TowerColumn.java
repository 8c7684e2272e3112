package io.towerlab.ui.compose;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One tower on the canvas: its title and totals, its blocks from inputs to output, and a drop zone. A palette
 * block dropped on a block goes before it (an input among the inputs, a layer among the layers); dropped on
 * the zone, at the end. A canvas block dropped on another of the same list moves there.
 */
final class TowerColumn extends VBox {
    private final String tower;
    private final ComposeViewModel model;
    private final DragState drag;

    TowerColumn(String tower, ComposeViewModel model, DragState drag) {
        this.tower = tower;
        this.model = model;
        this.drag = drag;
        setId(tower.equals(BlockRef.QUERY) ? "queryColumn" : "docColumn");
        getStyleClass().add("tower-column");
        setSpacing(6);
        setFillWidth(true);
    }

    void show(List<CanvasBlock> blocks, String total, BlockRef selected) {
        Label title = new Label(tower.equals(BlockRef.QUERY) ? "Query tower" : "Document tower");
        title.getStyleClass().add("title-4");
        Label totals = new Label(total);
        totals.setId(tower + "-total");
        totals.getStyleClass().add("text-muted");
        Label runs = new Label(tower.equals(BlockRef.QUERY) ? "runs per request" : "runs offline, indexed");
        runs.getStyleClass().addAll("text-muted", "tower-note");
        VBox header = new VBox(2, title, totals, runs);
        getChildren().setAll(header);
        for (CanvasBlock block : blocks) {
            BlockNode node = new BlockNode(block, model, drag, block.ref().equals(selected));
            accept(node, block.ref());
            getChildren().add(node);
            if (block.ref().equals(selected)) {
                node.getProperties().put("selected", true);
            }
        }
        Label zone = new Label(blocks.isEmpty() ? "Drag inputs and layers here" : "Drop here to append",
                new FontIcon("mdi2p-plus"));
        zone.setId(tower + "-dropZone");
        zone.getStyleClass().add("drop-zone");
        zone.setMaxWidth(Double.MAX_VALUE);
        zone.setAlignment(Pos.CENTER);
        accept(zone, null);
        getChildren().add(zone);
    }

    private void accept(Node target, BlockRef over) {
        target.setOnMouseDragEntered(e -> {
            if (drag.payload() != null) {
                target.getStyleClass().add("drop-target");
            }
        });
        target.setOnMouseDragExited(e -> target.getStyleClass().remove("drop-target"));
        target.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            target.getStyleClass().remove("drop-target");
            DragPayload payload = drag.payload();
            drag.end(this);
            if (payload != null) {
                drop(payload, over);
            }
            e.consume();
        });
    }

    private void drop(DragPayload payload, BlockRef over) {
        if (payload.kind() != null) {
            BlockKind kind = payload.kind();
            int index = -1;
            if (over != null && over.index() >= 0 && kind.slot() == BlockKind.Slot.INPUT
                    && over.part() == BlockRef.Part.INPUTS) {
                index = over.index();
            } else if (over != null && kind.slot() == BlockKind.Slot.LAYER) {
                index = over.part() == BlockRef.Part.LAYERS ? over.index()
                        : over.part() == BlockRef.Part.INPUTS ? 0 : -1;
            }
            model.insert(tower, kind, index);
        } else if (payload.block() != null && tower.equals(payload.block().tower())) {
            BlockRef moved = payload.block();
            if (over == null) {
                model.move(moved, -1);
            } else if (over.part() == moved.part() && over.index() >= 0) {
                model.move(moved, over.index());
            }
        }
    }
}
