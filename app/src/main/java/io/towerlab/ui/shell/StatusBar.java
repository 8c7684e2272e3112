package io.towerlab.ui.shell;

import io.towerlab.ui.common.BackgroundJob;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.javafx.FontIcon;

/** The status bar: current dataset, device, memory, running runs, and a button opening the background jobs. */
final class StatusBar extends HBox {

    StatusBar(ShellViewModel model) {
        getStyleClass().add("status-bar");
        Label dataset = new Label();
        dataset.setId("statusDataset");
        dataset.setGraphic(new FontIcon("mdi2d-database-outline"));
        dataset.textProperty().bind(model.datasetLabel());
        Label device = new Label();
        device.setId("statusDevice");
        device.setGraphic(new FontIcon("mdi2c-chip"));
        device.textProperty().bind(model.deviceProperty());
        Label notice = new Label();
        notice.textProperty().bind(model.noticeProperty());
        Button jobs = new Button();
        jobs.setId("jobsButton");
        jobs.getStyleClass().add("flat");
        jobs.setGraphic(new FontIcon("mdi2p-progress-clock"));
        jobs.textProperty().bind(model.runsLabel());
        PopOver popOver = new PopOver(jobsList(model));
        popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
        popOver.setTitle("Background jobs");
        popOver.setHeaderAlwaysVisible(true);
        popOver.setDetachable(false);
        jobs.setOnAction(e -> {
            if (popOver.isShowing()) {
                popOver.hide();
            } else {
                popOver.show(jobs);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(dataset, device, new MemoryGauge(), notice, gap, jobs);
        setSpacing(24);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 16, 4, 16));
    }

    private static VBox jobsList(ShellViewModel model) {
        ListView<BackgroundJob> list = new ListView<>(model.tasks().jobs());
        list.setPlaceholder(new Label("Nothing is running."));
        list.setPrefSize(420, 240);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackgroundJob job, boolean empty) {
                super.updateItem(job, empty);
                if (empty || job == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(job.title());
                Label message = new Label();
                message.getStyleClass().add("text-muted");
                message.textProperty().bind(job.messageProperty());
                ProgressBar bar = new ProgressBar();
                bar.progressProperty().bind(job.progressProperty());
                bar.setMaxWidth(Double.MAX_VALUE);
                Button cancel = new Button(null, new FontIcon("mdi2c-close-circle-outline"));
                cancel.getStyleClass().add("flat");
                cancel.setOnAction(e -> job.cancel());
                VBox texts = new VBox(4, title, bar, message);
                HBox.setHgrow(texts, Priority.ALWAYS);
                setGraphic(new HBox(8, texts, cancel));
            }
        });
        VBox box = new VBox(list);
        box.setPadding(new Insets(8));
        return box;
    }
}
