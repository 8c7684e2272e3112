package io.towerlab.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The one place errors appear: a banner above the views with the title, the readable message, the
 * details folded away, and buttons to copy everything or dismiss it.
 */
public final class ErrorBanner extends VBox {

    public ErrorBanner(ReadOnlyObjectProperty<UserError> error, Runnable dismiss) {
        getStyleClass().add("error-banner");
        setId("errorBanner");
        Label title = new Label();
        title.getStyleClass().add("error-title");
        title.setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
        Label message = new Label();
        message.setId("errorMessage");
        message.setWrapText(true);
        TextArea detailText = new TextArea();
        detailText.setEditable(false);
        detailText.setPrefRowCount(8);
        TitledPane details = new TitledPane("Details", detailText);
        details.setExpanded(false);
        Button copy = new Button("Copy", new FontIcon("mdi2c-content-copy"));
        copy.setOnAction(e -> {
            UserError u = error.get();
            ClipboardContent content = new ClipboardContent();
            content.putString(u.title() + "\n" + u.message() + "\n\n" + u.details());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button close = new Button("Dismiss", new FontIcon("mdi2c-close"));
        close.setId("dismissError");
        close.setOnAction(e -> dismiss.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, title, gap, copy, close);
        getChildren().addAll(header, message, details);
        setSpacing(8);
        setPadding(new Insets(12, 16, 12, 16));
        visibleProperty().bind(error.isNotNull());
        managedProperty().bind(visibleProperty());
        error.addListener((o, old, u) -> {
            if (u != null) {
                title.setText(u.title());
                message.setText(u.message());
                detailText.setText(u.details());
                details.setExpanded(false);
                details.setVisible(u.details() != null && !u.details().isBlank() && !u.details().equals(u.message()));
                details.setManaged(details.isVisible());
            }
        });
    }
}
