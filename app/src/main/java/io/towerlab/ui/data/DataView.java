package io.towerlab.ui.data;

import io.towerlab.core.data.DatasetStats;
import io.towerlab.ui.common.Charts;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The data view: the open dataset's summary, charts, preview with column mapping, report and split. */
public final class DataView extends BorderPane {
    private final DataViewModel model;
    private final FlowPane cards = new FlowPane(12, 12); // a narrow window wraps the cards rather than cutting their numbers

    public DataView(DataViewModel model, Charts charts, Runnable openDialog) {
        this.model = model;
        setId("dataView");
        setTop(new VBox(16, header(openDialog), cards));
        BorderPane.setMargin(getTop(), new Insets(20, 24, 12, 24));
        TabPane tabs = new TabPane(
                tab("Overview", new DataChartsPane(model.chartsProperty(), charts)),
                tab("Preview & columns", previewPane()),
                tab("Validation", new ReportPane(model)),
                tab("Split", new SplitSettingsPane(model.split())));
        tabs.setId("dataTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinSize(0, 0);
        setCenter(tabs);
        BorderPane.setMargin(tabs, new Insets(0, 24, 16, 24));
        model.statsProperty().addListener((o, old, s) -> showCards(s));
        showCards(model.statsProperty().get());
    }

    private HBox header(Runnable openDialog) {
        Label title = new Label();
        title.getStyleClass().add("title-2");
        title.setId("datasetTitle");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.statsProperty().get() == null
                ? "No dataset open" : model.statsProperty().get().name(), model.statsProperty()));
        Label path = new Label();
        path.getStyleClass().add("text-muted");
        path.textProperty().bind(Bindings.createStringBinding(() -> model.pathProperty().get() == null
                ? "Open a CSV/TSV file, a MovieLens folder or a folder with dataset.json — or drop it here"
                : io.towerlab.ui.common.DisplayPaths.of(model.pathProperty().get()), model.pathProperty()));
        VBox names = new VBox(2, title, path);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(28, 28);
        busy.visibleProperty().bind(model.importingProperty());
        Button cancel = new Button("Cancel import");
        cancel.visibleProperty().bind(model.importingProperty());
        cancel.setOnAction(e -> model.cancelImport());
        Button open = new Button("Open dataset…", new FontIcon("mdi2f-folder-open-outline"));
        open.getStyleClass().add("accent");
        open.setOnAction(e -> openDialog.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, names, gap, busy, cancel, open);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private void showCards(DatasetStats s) {
        cards.getChildren().clear();
        if (s == null) {
            return;
        }
        cards.getChildren().addAll(
                card("Queries", String.format(Locale.ROOT, "%,d", s.queries())),
                card("Documents", String.format(Locale.ROOT, "%,d", s.documents())),
                card("Clicks", String.format(Locale.ROOT, "%,d", s.interactions())),
                card("Density", String.format(Locale.ROOT, "%.2f%%", 100 * s.density())),
                card("Clicks per query (median)", String.format(Locale.ROOT, "%.0f",
                        s.interactionsPerQuery().median())),
                card("Top 10% documents", String.format(Locale.ROOT, "%.0f%% of clicks", 100 * s.topTenPercentShare())),
                card("Time range", s.timeRange() == null ? "none"
                        : s.timeRange().from().substring(0, 10) + " → " + s.timeRange().to().substring(0, 10)));
    }

    private static VBox card(String label, String value) {
        Label v = new Label(value);
        v.getStyleClass().add("card-value");
        Label l = new Label(label);
        l.getStyleClass().add("card-label");
        VBox box = new VBox(4, v, l);
        box.getStyleClass().add("stat-card");
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private VBox previewPane() {
        TableView<List<String>> table = new TableView<>(model.previewRows());
        table.setId("previewTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.previewColumns().addListener((javafx.collections.ListChangeListener<String>) c -> {
            table.getColumns().clear();
            for (int i = 0; i < model.previewColumns().size(); i++) {
                table.getColumns().add(column(model.previewColumns().get(i), i));
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(12, new ColumnMappingPane(model), table);
        box.setPadding(new Insets(16));
        return box;
    }

    private static TableColumn<List<String>, String> column(String name, int index) {
        TableColumn<List<String>, String> c = new TableColumn<>(name);
        Function<List<String>, String> cell = row -> index < row.size() ? row.get(index) : "";
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(cell.apply(v.getValue())));
        c.setPrefWidth(140);
        return c;
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.split(" ")[0].toLowerCase(Locale.ROOT));
        return tab;
    }
}
