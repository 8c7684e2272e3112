package io.towerlab.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The desktop application. For now a single window that says what TowerLab is; the shell with its
 * views (Data, Compose, Train, Experiments) replaces this content.
 */
public final class TowerLabApp extends Application {

    @Override
    public void start(Stage stage) {
        Label title = new Label("TowerLab");
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        Label text = new Label("A workbench for two-tower retrieval models.\n"
                + "The desktop views are being built; use the command line meanwhile: towerlab --help");
        VBox root = new VBox(12, title, text);
        root.setPadding(new Insets(24));
        stage.setTitle("TowerLab");
        stage.setScene(new Scene(root, 1000, 680));
        stage.show();
    }
}
