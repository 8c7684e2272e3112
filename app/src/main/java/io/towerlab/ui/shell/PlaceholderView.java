package io.towerlab.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A view that is not built yet: says what it will do. */
final class PlaceholderView extends VBox {

    PlaceholderView(String title, String icon, String text) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("placeholder-icon");
        Label heading = new Label(title + " — coming soon");
        heading.getStyleClass().add("title-2");
        Label body = new Label(text);
        body.setWrapText(true);
        body.setPrefWidth(560);
        body.setMaxWidth(560);
        body.getStyleClass().add("text-muted");
        getChildren().addAll(glyph, heading, body);
        setSpacing(16);
        setAlignment(Pos.CENTER);
        setPrefSize(600, 400);
    }
}
