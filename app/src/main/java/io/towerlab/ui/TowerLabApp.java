package io.towerlab.ui;

import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.data.DatasetImporter;
import io.towerlab.core.data.DatasetStatistics;
import io.towerlab.core.data.DatasetStats;
import io.towerlab.core.data.ImportOptions;
import io.towerlab.core.data.SampleData;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The desktop application. For now one window that loads the shipped sample dataset in the
 * background and summarises it; the shell with its views (Data, Compose, Train, Experiments)
 * replaces this content.
 */
public final class TowerLabApp extends Application {

    @Override
    public void start(Stage stage) {
        Label title = new Label("TowerLab");
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        Label intro = new Label("A workbench for two-tower retrieval models. The desktop views are being built;"
                + " meanwhile the command line trains and evaluates: java -jar towerlab.jar --help");
        intro.setWrapText(true);
        Label dataset = new Label("Loading the sample dataset…");
        dataset.setStyle("-fx-font-family: monospace; -fx-font-size: 14px;");
        VBox root = new VBox(16, title, intro, dataset);
        root.setPadding(new Insets(24));
        stage.setTitle("TowerLab");
        stage.setScene(new Scene(root, 1000, 680));
        stage.show();
        CompletableFuture.supplyAsync(TowerLabApp::describeSampleData)
                .thenAccept(text -> Platform.runLater(() -> dataset.setText(text)));
    }

    private static String describeSampleData() {
        Optional<Path> path = SampleData.find(SampleData.DEFAULT);
        if (path.isEmpty()) {
            return "The sample dataset '" + SampleData.DEFAULT + "' was not found next to the app.";
        }
        try {
            DatasetStats s = DatasetStatistics.of(new DatasetImporter().load(path.get(), ImportOptions.defaults())
                    .dataset());
            return String.format(Locale.ROOT, "Dataset: %s (%s)%n%n%,12d queries%n%,12d documents%n%,12d clicks%n"
                            + "%12.4f density%n%11.1f%% of clicks on the top 10%% of documents",
                    s.name(), path.get(), s.queries(), s.documents(), s.interactions(), s.density(),
                    100 * s.topTenPercentShare());
        } catch (DataFormatException e) {
            return "The sample dataset could not be read: " + e.getMessage();
        }
    }
}
