package io.towerlab.ui.experiments.projection;

import io.towerlab.core.eval.projection.DocumentGroups;
import io.towerlab.core.eval.projection.TsneSettings;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.experiments.ComparisonPanel;
import io.towerlab.ui.experiments.SelectedRun;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * The embedding projection tab: the document vectors of the first two selected runs as scatter plots
 * side by side (PCA at once, t-SNE in the background with progress and cancel), coloured by a
 * document feature with a legend; hovering shows a document, clicking selects it in both plots and
 * lists its nearest neighbours in each run.
 */
public final class EmbeddingProjectionPanel implements ComparisonPanel {
    private final ProjectionViewModel model;
    private final ObservableBooleanValue dark;
    private final BorderPane root = new BorderPane();
    private final HBox plots = new HBox(12);
    private final javafx.scene.layout.TilePane legend = new javafx.scene.layout.TilePane(8, 4);
    private final VBox neighbourLists = new VBox(6);
    private final List<ScatterCanvas> canvases = new ArrayList<>();
    private final List<Label> notes = new ArrayList<>();

    /** @param dark whether the dark theme is on, to draw the plots to match */
    public EmbeddingProjectionPanel(BackgroundTasks tasks, ObservableBooleanValue dark) {
        this(new ProjectionViewModel(tasks, TsneSettings.defaults()), dark);
    }

    public EmbeddingProjectionPanel(ProjectionViewModel model, ObservableBooleanValue dark) {
        this.model = model;
        this.dark = dark;
        root.setId("projectionPanel");
        root.getStyleClass().add("projection-panel");
        root.setPadding(new Insets(10));
        root.setTop(toolbar());
        plots.setFillHeight(true);
        BorderPane.setMargin(plots, new Insets(10, 10, 0, 0));
        root.setCenter(plots);
        root.setRight(side());
        Label message = new Label();
        message.setId("projectionMessage");
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        BorderPane.setMargin(message, new Insets(8, 0, 0, 0));
        root.setBottom(message);
        model.projections().addListener((javafx.collections.ListChangeListener<RunProjection>) c -> rebuildPlots());
        model.layoutVersionProperty().addListener((o, a, b) -> redraw());
        model.groupingProperty().addListener((o, a, b) -> redraw());
        model.selectedIdProperty().addListener((o, a, b) -> highlight());
        model.neighbours().addListener((javafx.collections.ListChangeListener<List<String>>) c -> showNeighbours());
        dark.addListener((o, a, b) -> redraw());
    }

    @Override
    public String title() {
        return "Embedding projection";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(List<SelectedRun> runs) {
        model.show(runs);
    }

    public ProjectionViewModel model() {
        return model;
    }

    private HBox toolbar() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton pca = new ToggleButton("PCA");
        pca.setId("methodPca");
        ToggleButton tsne = new ToggleButton("t-SNE");
        tsne.setId("methodTsne");
        pca.setToggleGroup(group);
        tsne.setToggleGroup(group);
        pca.setTooltip(new Tooltip("Principal components: the two directions of largest variance, computed at once."));
        tsne.setTooltip(new Tooltip("t-SNE keeps each document's neighbours close; computed in the background."));
        pca.setOnAction(e -> model.methodProperty().set(ProjectionViewModel.Method.PCA));
        tsne.setOnAction(e -> model.computeTsne());
        Runnable sync = () -> {
            boolean isPca = model.methodProperty().get() == ProjectionViewModel.Method.PCA;
            pca.setSelected(isPca);
            tsne.setSelected(!isPca);
        };
        model.methodProperty().addListener((o, a, b) -> sync.run());
        sync.run();
        HBox methods = new HBox(pca, tsne);
        methods.getStyleClass().add("segmented");
        ComboBox<String> colour = new ComboBox<>(model.groupings());
        colour.setId("colourBy");
        colour.valueProperty().bindBidirectional(model.groupingProperty());
        Button cancel = new Button("Cancel t-SNE");
        cancel.setId("cancelTsne");
        cancel.setOnAction(e -> model.cancelTsne());
        cancel.visibleProperty().bind(model.tsneRunningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("tsneProgress");
        progress.progressProperty().bind(model.tsneProgressProperty());
        progress.visibleProperty().bind(model.tsneRunningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setPrefWidth(160);
        Label layoutLabel = new Label("Layout");
        Label colourLabel = new Label("Colour by");
        HBox bar = new HBox(8, layoutLabel, methods, spacer(12), colourLabel, colour, spacer(12), progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Region spacer(double width) {
        Region r = new Region();
        r.setMinWidth(width);
        return r;
    }

    private ScrollPane side() {
        Label legendTitle = new Label("Legend");
        legendTitle.getStyleClass().add("title-4");
        Label selectedTitle = new Label("Selected document");
        selectedTitle.getStyleClass().add("title-4");
        Label selected = new Label("Click a point.");
        selected.setId("selectedDocument");
        selected.setWrapText(true);
        model.selectedTextProperty().addListener((o, a, b) -> selected.setText(b.isEmpty() ? "Click a point." : b));
        legend.setPrefColumns(2);
        legend.setTileAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, legendTitle, legend, selectedTitle, selected, neighbourLists);
        box.setPadding(new Insets(10, 4, 4, 4));
        box.setPrefWidth(320);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(340);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private void rebuildPlots() {
        plots.getChildren().clear();
        canvases.clear();
        notes.clear();
        for (RunProjection p : model.projections()) {
            ScatterCanvas canvas = new ScatterCanvas();
            canvas.setId("scatter-" + canvases.size());
            Label title = new Label(p.run().summary().name());
            title.getStyleClass().add("title-4");
            title.setTooltip(new Tooltip(p.run().label()));
            Label note = new Label(p.pcaNote());
            note.getStyleClass().add("text-muted");
            note.setWrapText(true);
            note.setMinHeight(Region.USE_PREF_SIZE);
            Label hover = new Label(" ");
            hover.setId("hover-" + canvases.size());
            hover.setWrapText(true);
            hover.setMinHeight(36);
            Tooltip tip = new Tooltip();
            tip.setShowDelay(Duration.millis(80));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            canvas.onPoint(point -> {
                String text = point < 0 ? " " : p.documents().describe(p.sample()[point]);
                hover.setText(text);
                tip.setText(text);
                if (point < 0) {
                    Tooltip.uninstall(canvas, tip);
                } else {
                    Tooltip.install(canvas, tip);
                }
            }, point -> model.select(point < 0 ? null : p.id(point)));
            VBox card = new VBox(4, title, note, canvas, hover);
            VBox.setVgrow(canvas, Priority.ALWAYS);
            HBox.setHgrow(card, Priority.ALWAYS);
            card.setMinWidth(0);
            card.setPrefWidth(10);
            plots.getChildren().add(card);
            canvases.add(canvas);
            notes.add(note);
        }
        redraw();
    }

    private void redraw() {
        boolean isDark = dark.get();
        List<RunProjection> shown = model.projections();
        for (int i = 0; i < shown.size() && i < canvases.size(); i++) {
            RunProjection p = shown.get(i);
            DocumentGroups groups = model.groups(p);
            int[] g = groups == null ? new int[p.size()] : p.groups(groups);
            if (groups == null) {
                java.util.Arrays.fill(g, -1);
            }
            canvases.get(i).setData(model.layout(p), g, Palette.of(groups == null ? 0 : groups.labels().size(), isDark),
                    isDark);
            notes.get(i).setText(p.run().summary().id() + " · " + model.layoutNote(p));
        }
        highlight();
        showLegend(shown.isEmpty() ? null : model.groups(shown.get(0)), isDark);
    }

    private void highlight() {
        String id = model.selectedIdProperty().get();
        List<RunProjection> shown = model.projections();
        for (int i = 0; i < shown.size() && i < canvases.size(); i++) {
            RunProjection p = shown.get(i);
            List<Integer> around = new ArrayList<>();
            for (String n : model.neighbourIds(p)) {
                around.add(p.point(n));
            }
            canvases.get(i).setHighlight(id == null ? -1 : p.point(id), around);
        }
    }

    private void showLegend(DocumentGroups groups, boolean isDark) {
        legend.getChildren().clear();
        if (groups == null) {
            return;
        }
        Color[] colours = Palette.of(groups.labels().size(), isDark);
        for (int i = 0; i < groups.labels().size(); i++) {
            Label entry = new Label(groups.labels().get(i), new Circle(5, colours[i]));
            entry.getStyleClass().add("legend-entry");
            legend.getChildren().add(entry);
        }
    }

    private void showNeighbours() {
        neighbourLists.getChildren().clear();
        List<RunProjection> shown = model.projections();
        for (int i = 0; i < model.neighbours().size() && i < shown.size(); i++) {
            Label title = new Label("Nearest in " + shown.get(i).run().summary().name());
            title.getStyleClass().add("title-4");
            title.setWrapText(true);
            VBox lines = new VBox(2);
            lines.setId("neighbours-" + i);
            for (String line : model.neighbours().get(i)) {
                Label l = new Label(line);
                l.setWrapText(true);
                l.getStyleClass().add("neighbour-line");
                lines.getChildren().add(l);
            }
            neighbourLists.getChildren().addAll(title, lines);
        }
    }
}
