package io.towerlab.ui.compose;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The canvas: the head (similarity and loss with its sampler) above the two tower columns, the query tower's
 * cost per request with a button to measure its latency, and the problems that belong to no block.
 */
final class CanvasPane extends VBox {
    private final ComposeViewModel model;
    private final DragState drag;
    private final HBox head = new HBox(12);
    private final TowerColumn query;
    private final TowerColumn doc;
    private final Label cost = new Label();
    private final VBox other = new VBox(4);

    CanvasPane(ComposeViewModel model, DragState drag) {
        this.model = model;
        this.drag = drag;
        setId("canvas");
        getStyleClass().add("compose-canvas");
        query = new TowerColumn(BlockRef.QUERY, model, drag);
        doc = new TowerColumn(BlockRef.DOC, model, drag);
        HBox.setHgrow(query, Priority.ALWAYS);
        HBox.setHgrow(doc, Priority.ALWAYS);
        query.setPrefWidth(300);
        doc.setPrefWidth(300);
        HBox towers = new HBox(20, query, doc);
        Label headTitle = new Label("Head: s(q, d) = sim(u, v) / τ");
        headTitle.getStyleClass().add("title-4");
        head.setId("head");
        cost.setId("queryCost");
        Button measure = new Button("Measure latency", new FontIcon("mdi2t-timer-outline"));
        measure.setId("measureLatency");
        measure.setOnAction(e -> model.measureLatency());
        Label latency = new Label();
        latency.setId("latency");
        latency.textProperty().bind(model.latencyProperty());
        HBox costs = new HBox(12, new FontIcon("mdi2s-speedometer"), cost, measure, latency);
        costs.setAlignment(Pos.CENTER_LEFT);
        costs.getStyleClass().add("cost-line");
        other.setId("otherProblems");
        getChildren().addAll(headTitle, head, towers, costs, other);
        setSpacing(12);
        setPadding(new Insets(16, 20, 20, 20));
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                model.selectedProperty().set(null);
            }
        });
        model.canvasProperty().addListener((o, a, b) -> redraw());
        model.selectedProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    private void redraw() {
        Canvas canvas = model.canvasProperty().get();
        BlockRef selected = model.selectedProperty().get();
        boolean hadFocus = getScene() != null && getScene().getFocusOwner() instanceof BlockNode;
        head.getChildren().setAll(canvas.head().stream().map(b -> {
            BlockNode node = new BlockNode(b, model, drag, b.ref().equals(selected));
            HBox.setHgrow(node, Priority.ALWAYS);
            node.setPrefWidth(b.ref().part() == BlockRef.Part.LOSS ? 340 : 200); // the loss's longer title and chips
            return (Node) node;
        }).toList());
        query.show(canvas.query(), canvas.queryTotal(), selected);
        doc.show(canvas.doc(), canvas.docTotal(), selected);
        cost.setText("Query tower " + canvas.queryCost());
        other.getChildren().setAll(canvas.otherProblems().stream().map(p -> {
            Label line = new Label(p, new FontIcon("mdi2a-alert-circle-outline"));
            line.getStyleClass().add("block-problem");
            line.setWrapText(true);
            return (Node) line;
        }).toList());
        if (model.trainBlockedProperty().get().isEmpty()) {
            Label ready = new Label("No problems: ready to train", new FontIcon("mdi2c-check-circle-outline"));
            ready.setId("readyToTrain");
            ready.getStyleClass().add("ready");
            other.getChildren().add(ready);
        }
        if (hadFocus) {
            lookupAll(".compose-block.selected").stream().findFirst().ifPresent(Node::requestFocus);
        }
    }
}
