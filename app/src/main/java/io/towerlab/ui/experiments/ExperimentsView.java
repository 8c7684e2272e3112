package io.towerlab.ui.experiments;

import io.towerlab.core.compare.TableData;
import io.towerlab.ui.common.Charts;
import io.towerlab.ui.common.UserError;
import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import io.towerlab.ui.experiments.inspector.QueryInspectorPanel;
import io.towerlab.ui.experiments.projection.EmbeddingProjectionPanel;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Experiments view: the store's runs in a sortable, filterable table, and below it the comparison
 * panels, one tab each, showing the runs selected in the table.
 */
public final class ExperimentsView extends SplitPane {
    private final ExperimentsViewModel model;
    private final RunsTable table;
    private final TabPane tabs = new TabPane();
    private final List<ComparisonPanel> panels = new ArrayList<>();
    private final PauseTransition settle = new PauseTransition(Duration.millis(120));

    public ExperimentsView(ExperimentsViewModel model, Charts charts, ObservableBooleanValue dark) {
        this.model = model;
        setId("experimentsView");
        setOrientation(Orientation.VERTICAL);
        table = new RunsTable(model);
        tabs.setId("comparisonTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (ComparisonPanel panel : List.of(new CurvesPanel(model, charts, dark), new RecallPanel(model, charts, dark),
                new DiffPanel(model), new SeedsPanel())) {
            addPanel(panel);
        }
        addPanel(new EmbeddingProjectionPanel(model.tasks(), dark));
        addPanel(new QueryInspectorPanel(model.tasks()));
        BorderPane top = new BorderPane(table);
        top.setTop(toolbar());
        BorderPane.setMargin(top.getTop(), new Insets(0, 0, 8, 0));
        top.setPadding(new Insets(16, 20, 8, 16));
        BorderPane bottom = new BorderPane(tabs);
        bottom.setPadding(new Insets(8, 20, 12, 16));
        getItems().addAll(top, bottom);
        setDividerPositions(0.38);
        settle.setOnFinished(e -> showSelection());
        model.selectedRuns().addListener((ListChangeListener<SelectedRun>) c -> settle.playFromStart());
        visibleProperty().addListener((o, was, now) -> {
            if (now) {
                model.refresh();
            }
        });
        startSelection();
    }

    /**
     * For demonstrations and screenshots: {@code -Dtowerlab.compare=TEXT} selects the runs matching TEXT
     * once the runs are read ({@code *} for all, {@code ID,ID,...} for those runs), {@code -Dtowerlab.compareTab=TITLE} opens that tab.
     */
    private void startSelection() {
        String text = System.getProperty("towerlab.compare");
        String tab = System.getProperty("towerlab.compareTab");
        if (tab != null) {
            tabs.getTabs().stream().filter(t -> t.getText().equalsIgnoreCase(tab)).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }
        if (text != null) {
            model.rows().addListener(new ListChangeListener<RunRow>() {
                @Override
                public void onChanged(Change<? extends RunRow> c) {
                    if (!model.rows().isEmpty()) {
                        model.rows().removeListener(this);
                        List<String> ids = List.of(text.split(","));
                        boolean byId = ids.size() > 1;
                        model.filterTextProperty().set(text.equals("*") || byId ? "" : text);
                        javafx.application.Platform.runLater(() -> {
                            if (byId) {
                                table.getItems().stream().filter(r -> ids.contains(r.summary().id()))
                                        .forEach(r -> table.getSelectionModel().select(r));
                            } else {
                                table.getSelectionModel().selectAll();
                            }
                        });
                    }
                }
            });
        }
    }

    /** Adds a comparison panel as the last tab; it is shown the current selection at once. */
    public void addPanel(ComparisonPanel panel) {
        panels.add(panel);
        Tab tab = new Tab(panel.title(), panel.node());
        tab.setId("tab-" + panel.title().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        tabs.getTabs().add(tab);
        if (!model.selectedRuns().isEmpty()) {
            panel.show(List.copyOf(model.selectedRuns()));
        }
    }

    public List<ComparisonPanel> panels() {
        return List.copyOf(panels);
    }

    private void showSelection() {
        List<SelectedRun> runs = List.copyOf(model.selectedRuns());
        panels.forEach(p -> p.show(runs));
    }

    private VBox toolbar() {
        TextField search = new TextField();
        search.setId("runSearch");
        search.setPromptText("Filter runs: text in any column");
        search.textProperty().bindBidirectional(model.filterTextProperty());
        search.setPrefWidth(240);
        ComboBox<RunColumn> column = new ComboBox<>();
        column.setId("filterColumn");
        column.setPromptText("Column");
        column.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(RunColumn c) {
                return c == null ? "" : c.title();
            }

            @Override
            public RunColumn fromString(String s) {
                return null;
            }
        });
        column.getItems().setAll(model.columnsProperty().get());
        model.columnsProperty().addListener((o, a, b) -> column.getItems().setAll(b));
        column.valueProperty().bindBidirectional(model.filterColumnProperty());
        TextField condition = new TextField();
        condition.setId("filterCondition");
        condition.setPromptText(">0.3, =fps, text");
        condition.setPrefWidth(150);
        condition.textProperty().bindBidirectional(model.filterConditionProperty());
        Button refresh = icon("mdi2r-refresh", "Read the store again", e -> model.refresh());
        Button open = icon("mdi2f-folder-open-outline", "Open the run's folder", e -> openFolder());
        Button delete = icon("mdi2d-delete-outline", "Delete the selected runs (they go to the store's trash)",
                e -> model.delete(List.copyOf(model.selected())));
        delete.setId("deleteRuns");
        delete.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.selected()));
        Button undo = new Button("Undo delete", new FontIcon("mdi2u-undo"));
        undo.setId("undoDelete");
        undo.visibleProperty().bind(model.canUndoProperty());
        undo.managedProperty().bind(model.canUndoProperty());
        undo.setOnAction(e -> model.undoDelete());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, search, new Label("where"), column, condition, grow, undo, refresh, open, delete,
                exportMenu());
        bar.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("experimentsMessage");
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.messageProperty().get()
                + (model.selected().isEmpty() ? " · select runs to compare (Ctrl/Shift+click)"
                : " · " + model.selected().size() + " selected · double-click a name, tag or note to edit it"),
                model.messageProperty(), model.selected()));
        return new VBox(6, bar, message);
    }

    private static Button icon(String glyph, String tip, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(null, new FontIcon(glyph));
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(action);
        return b;
    }

    private MenuButton exportMenu() {
        MenuButton menu = new MenuButton("Export", new FontIcon("mdi2e-export-variant"));
        menu.setId("exportMenu");
        MenuItem png = new MenuItem("Charts of this tab as PNG…");
        png.setOnAction(e -> choose("chart.png", "PNG image", "*.png", p -> exportCharts(p, false)));
        MenuItem svg = new MenuItem("Charts of this tab as SVG…");
        svg.setOnAction(e -> choose("chart.svg", "SVG image", "*.svg", p -> exportCharts(p, true)));
        MenuItem csv = new MenuItem("Tables of this tab as CSV…");
        csv.setOnAction(e -> choose("table.csv", "CSV table", "*.csv", this::exportTables));
        MenuItem runs = new MenuItem("Runs table as CSV…");
        runs.setOnAction(e -> choose("runs.csv", "CSV table", "*.csv", this::exportRuns));
        MenuItem report = new MenuItem("Comparison report (HTML)…");
        report.setOnAction(e -> choose("comparison.html", "HTML page", "*.html", this::exportReport));
        menu.getItems().addAll(png, svg, csv, runs, report);
        return menu;
    }

    private interface Export {
        void to(Path target) throws IOException;
    }

    private void choose(String name, String kind, String pattern, Export export) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            try {
                export.to(file.toPath());
            } catch (IOException | RuntimeException e) {
                model.errors().accept(UserError.of("Exporting to " + file, e));
            }
        }
    }

    private ComparisonPanel current() {
        return panels.get(Math.max(0, tabs.getSelectionModel().getSelectedIndex()));
    }

    /** Writes the current tab's charts (numbered when several); nothing for a panel without charts. */
    public List<Path> exportCharts(Path target, boolean svg) throws IOException {
        if (!(current() instanceof ExportablePanel p) || p.charts().isEmpty()) {
            throw new IOException("the " + current().title() + " tab has no chart; choose Curves or Recall@k");
        }
        return ChartExport.write(p.charts(), target, svg);
    }

    /** Writes the current tab's tables as CSV (numbered when several). */
    public List<Path> exportTables(Path target) throws IOException {
        if (!(current() instanceof ExportablePanel p) || p.tables().isEmpty()) {
            throw new IOException("the " + current().title() + " tab has no table to export");
        }
        return ComparisonExport.csv(p.tables(), target);
    }

    public void exportRuns(Path target) throws IOException {
        ComparisonExport.csv(runsTable(), target);
    }

    public void exportReport(Path target) throws IOException {
        List<RunRow> rows = model.selected().isEmpty() ? List.copyOf(table.getItems()) : List.copyOf(model.selected());
        ComparisonExport.report(target, ComparisonExport.runsTable(table, rows), panels);
    }

    private TableData runsTable() {
        return ComparisonExport.runsTable(table, List.copyOf(table.getItems()));
    }

    public TabPane tabs() {
        return tabs;
    }

    private void openFolder() {
        List<RunRow> rows = List.copyOf(model.selected());
        Path folder = rows.isEmpty() ? model.store().root() : rows.get(0).folder().path();
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            model.errors().accept(new UserError("Opening a folder", "This desktop cannot open folders from Java; the run"
                    + " is in " + folder.toAbsolutePath(), folder.toAbsolutePath().toString()));
            return;
        }
        model.tasks().submit("Opening " + folder, context -> {
            Desktop.getDesktop().open(folder.toFile());
            return folder;
        }, f -> { }, e -> model.errors().accept(UserError.of("Opening " + folder, e)));
    }
}
