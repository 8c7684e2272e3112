package io.towerlab.ui.compose;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The palette of blocks: drag one onto a tower, or pick the tower below and press Enter (or double-click).
 * A block that cannot read any column of the loaded dataset for that tower is greyed out and refused.
 */
final class PaletteView extends VBox {
    private final ComposeViewModel model;
    private final ToggleGroup target = new ToggleGroup();
    private final ListView<BlockKind> list = new ListView<>();

    PaletteView(ComposeViewModel model, DragState drag) {
        this.model = model;
        setId("palette");
        getStyleClass().add("compose-palette");
        Label title = new Label("Blocks");
        title.getStyleClass().add("title-4");
        ToggleButton query = toggle("Query", BlockRef.QUERY);
        ToggleButton doc = toggle("Document", BlockRef.DOC);
        query.setSelected(true);
        HBox towers = new HBox(query, doc);
        towers.getStyleClass().add("segmented");
        Label hint = new Label("Drag onto a tower, or Enter to add to:");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        list.getItems().setAll(BlockKind.values());
        list.setCellFactory(v -> new KindCell(drag));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                add();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                add();
            }
        });
        target.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            }
            list.refresh();
        });
        model.datasetProperty().addListener((o, a, b) -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, hint, towers, list);
        setSpacing(8);
        setPadding(new Insets(16, 10, 12, 14));
        setMinWidth(210); // the longest block name and both tower toggles stay readable in a small window
    }

    private ToggleButton toggle(String text, String tower) {
        ToggleButton button = new ToggleButton(text);
        button.setUserData(tower);
        button.setToggleGroup(target);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setId("paletteTarget-" + tower);
        return button;
    }

    private String tower() {
        return (String) target.getSelectedToggle().getUserData();
    }

    private void add() {
        BlockKind kind = list.getSelectionModel().getSelectedItem();
        if (kind != null) {
            model.insert(tower(), kind, -1);
        }
    }

    /** One palette entry, draggable, greyed when it fits neither tower's data. */
    private final class KindCell extends ListCell<BlockKind> {
        KindCell(DragState drag) {
            setPrefWidth(0); // fill the list's width (a long name ends in "…", its tooltip has it) instead of scrolling sideways
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    drag.start(this, DragPayload.of(getItem()));
                }
            });
        }

        @Override
        protected void updateItem(BlockKind kind, boolean empty) {
            super.updateItem(kind, empty);
            getStyleClass().remove("unavailable");
            if (empty || kind == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                setId(null);
                return;
            }
            setId("palette-" + kind.type());
            setText(kind.title());
            FontIcon icon = new FontIcon(kind.icon());
            icon.getStyleClass().add("block-icon");
            setGraphic(icon);
            boolean fits = model.fits(tower(), kind);
            if (!fits) {
                getStyleClass().add("unavailable");
            }
            String where = switch (kind.slot()) {
                case INPUT -> "An input";
                case LAYER -> "A layer";
                case OUTPUT -> "The tower's output";
            };
            setTooltip(new Tooltip(where + ": " + kind.title() + (fits ? "" : "\nNot available for this tower: "
                    + (kind == BlockKind.HISTORY ? "a history belongs in the query tower"
                    : "the dataset has no " + kind.columnKind().name().toLowerCase(java.util.Locale.ROOT)
                    + " column here"))));
        }
    }
}
