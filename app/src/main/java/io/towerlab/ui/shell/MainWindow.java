package io.towerlab.ui.shell;

import io.towerlab.ui.common.Charts;
import io.towerlab.ui.common.ErrorBanner;
import io.towerlab.ui.common.Themes;
import io.towerlab.ui.data.DataView;
import io.towerlab.ui.experiments.ExperimentsView;
import io.towerlab.ui.train.TrainView;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: menus, the navigation rail, the error banner above the current view,
 * and the status bar. Files and folders dropped anywhere on it are opened as datasets.
 */
public final class MainWindow extends BorderPane {
    private final ShellViewModel model;
    private final Map<AppView, Node> views = new EnumMap<>(AppView.class);
    private final Charts charts;

    public MainWindow(ShellViewModel model, WindowActions extra) {
        this.model = model;
        setId("mainWindow");
        getStyleClass().add("main-window");
        charts = new Charts(model.darkProperty());
        AppMenus.Actions actions = new AppMenus.Actions() {
            @Override
            public void openDataset() {
                chooseDataset();
            }

            @Override
            public void openLogFolder() {
                extra.openLogFolder();
            }

            @Override
            public void about() {
                extra.about();
            }

            @Override
            public void quit() {
                extra.quit();
            }
        };
        setTop(AppMenus.build(model, actions));
        views.put(AppView.DATA, new DataView(model.data(), charts, this::chooseDataset));
        views.put(AppView.COMPOSE, new io.towerlab.ui.compose.ComposeView(model.compose()));
        views.put(AppView.TRAIN, new TrainView(model.train(), charts, this::chooseSpec));
        views.put(AppView.EXPERIMENTS, new ExperimentsView(model.experiments(), charts, model.darkProperty()));
        views.put(AppView.LAB, new io.towerlab.ui.lab.LabView(model.lab(), model.darkProperty()));
        views.values().forEach(v -> ((javafx.scene.layout.Region) v).setMinSize(0, 0));
        StackPane stack = new StackPane(views.values().toArray(Node[]::new));
        stack.setMinSize(0, 0);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(stack.widthProperty());
        clip.heightProperty().bind(stack.heightProperty());
        stack.setClip(clip);
        VBox.setVgrow(stack, Priority.ALWAYS);
        VBox center = new VBox(new ErrorBanner(model.errorProperty(), model::dismissError), stack);
        center.setMinSize(0, 0);
        setCenter(center);
        setLeft(navigation());
        setBottom(new StatusBar(model));
        model.viewProperty().addListener((o, a, b) -> showView(b));
        // views start hidden, so the first one shown sees its visibility change like any later one
        views.values().forEach(v -> v.setVisible(false));
        showView(model.viewProperty().get());
        model.zoomProperty().addListener((o, a, b) -> zoom(b.doubleValue()));
        zoom(model.zoomProperty().get());
        model.darkProperty().addListener((o, a, dark) -> Themes.apply(dark, this));
        Themes.apply(model.darkProperty().get(), this);
        acceptDrops();
    }

    private void zoom(double value) {
        Themes.zoom(value, this);
        charts.setZoom(value);
    }

    private VBox navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox rail = new VBox(6);
        rail.getStyleClass().add("nav-rail");
        String[] icons = {"mdi2d-database", "mdi2v-vector-polyline", "mdi2c-chart-bell-curve-cumulative",
            "mdi2f-flask-outline", "mdi2s-school-outline"};
        for (AppView view : AppView.values()) {
            ToggleButton button = new ToggleButton(view.title(), new FontIcon(icons[view.ordinal()]));
            button.setId("nav-" + view.name().toLowerCase(java.util.Locale.ROOT));
            button.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(view.title() + " (Ctrl+" + (view.ordinal() + 1) + ")"));
            button.setSelected(model.viewProperty().get() == view);
            button.setOnAction(e -> {
                model.viewProperty().set(view);
                button.setSelected(true);
            });
            model.viewProperty().addListener((o, a, b) -> button.setSelected(b == view));
            rail.getChildren().add(button);
        }
        rail.setPadding(new Insets(12, 8, 12, 8));
        rail.setAlignment(Pos.TOP_CENTER);
        return rail;
    }

    private void showView(AppView shown) {
        views.forEach((view, node) -> node.setVisible(view == shown));
    }

    private void acceptDrops() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                model.openFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Asks for a file (CSV/TSV, dataset.json) or, when cancelled, offers a folder chooser. */
    public void chooseDataset() {
        Window owner = getScene().getWindow();
        FileChooser files = new FileChooser();
        files.setTitle("Open a click log (cancel to choose a folder instead)");
        files.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Click logs", "*.csv", "*.tsv", "*.tab", "*.txt", "dataset.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        initialFolder().ifPresent(files::setInitialDirectory);
        File file = files.showOpenDialog(owner);
        if (file == null) {
            DirectoryChooser folders = new DirectoryChooser();
            folders.setTitle("Open a dataset folder (MovieLens or with dataset.json)");
            initialFolder().ifPresent(folders::setInitialDirectory);
            file = folders.showDialog(owner);
        }
        if (file != null) {
            model.openDataset(file.toPath());
        }
    }

    private java.util.Optional<File> initialFolder() {
        return model.recentDatasets().stream().findFirst().map(Path::getParent).map(Path::toFile)
                .filter(File::isDirectory);
    }

    private void chooseSpec() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an experiment spec");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Experiment specs", "*.json"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.train().addSpec(file.toPath());
        }
    }
}
