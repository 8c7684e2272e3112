package io.towerlab.ui.compose;

import java.awt.Desktop;
import java.net.URI;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.LoggerFactory;

/** The selected block's title, its settings sheet, and a link to the paper its settings come from. */
final class PropertiesPane extends VBox {

    PropertiesPane(ComposeViewModel model) {
        Label title = new Label();
        title.setId("selectedTitle");
        title.getStyleClass().add("title-4");
        Label hint = new Label();
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Hyperlink paper = new Hyperlink();
        paper.setId("paperLink");
        paper.setGraphic(new FontIcon("mdi2b-book-open-variant"));
        paper.setOnAction(e -> browse((String) paper.getUserData()));
        BlockSheet sheet = new BlockSheet(model);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        Runnable update = () -> {
            BlockRef selected = model.selectedProperty().get();
            CanvasBlock block = find(model, selected);
            title.setText(selected == null ? "Experiment" : block == null ? selected.path() : block.title());
            hint.setText(selected == null ? "Select a block on the canvas to edit it; these are the run's settings."
                    : selected.part() == BlockRef.Part.NORMALIZE ? "Scales the tower's output to unit length. "
                    + "Delete the block to turn it off." : "Hover a setting for its help, range and default.");
            String link = selected == null ? null : model.properties().stream().filter(p -> p.definition() != null
                    && p.definition().paperLink() != null).map(p -> p.definition().paperLink()).findFirst().orElse(null);
            paper.setUserData(link);
            paper.setText(link == null ? "" : "Paper on " + link.replaceFirst("https?://(www\\.)?", "").replaceFirst("/.*", ""));
            paper.setTooltip(link == null ? null : new javafx.scene.control.Tooltip(link));
            paper.setVisible(link != null);
            paper.setManaged(link != null);
        };
        model.properties().addListener((javafx.collections.ListChangeListener<BlockProperty>) c -> update.run());
        model.selectedProperty().addListener((o, a, b) -> update.run());
        update.run();
        getChildren().addAll(title, hint, sheet, paper);
        setSpacing(6);
        setPadding(new javafx.geometry.Insets(0, 0, 8, 0)); // the link stays clear of the divider below
        setMinHeight(0);
    }

    private static CanvasBlock find(ComposeViewModel model, BlockRef ref) {
        if (ref == null) {
            return null;
        }
        Canvas canvas = model.canvasProperty().get();
        return java.util.stream.Stream.of(canvas.query(), canvas.doc(), canvas.head()).flatMap(java.util.List::stream)
                .filter(b -> b.ref().equals(ref)).findFirst().orElse(null);
    }

    private static void browse(String link) {
        if (link == null) {
            return;
        }
        new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                    Desktop.getDesktop().browse(URI.create(link));
                }
            } catch (Exception e) {
                LoggerFactory.getLogger(PropertiesPane.class).info("could not open {}: {}", link, e.getMessage());
            }
        }, "open-paper").start();
    }
}
