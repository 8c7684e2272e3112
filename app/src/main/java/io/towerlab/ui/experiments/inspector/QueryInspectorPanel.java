package io.towerlab.ui.experiments.inspector;

import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.experiments.ComparisonPanel;
import io.towerlab.ui.experiments.SelectedRun;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The query inspector tab: find a query by id or text, or draw one from the test split; each
 * selected run's top-k documents for it side by side with scores, held-out clicks marked, and the
 * query's training history.
 */
public final class QueryInspectorPanel implements ComparisonPanel {
    private static final PseudoClass HELD_OUT = PseudoClass.getPseudoClass("held-out");

    private final QueryInspectorViewModel model;
    private final BorderPane root = new BorderPane();
    private final HBox rankings = new HBox(10);

    public QueryInspectorPanel(BackgroundTasks tasks) {
        this(new QueryInspectorViewModel(tasks, System.nanoTime()));
    }

    public QueryInspectorPanel(QueryInspectorViewModel model) {
        this.model = model;
        root.setId("queryInspectorPanel");
        root.getStyleClass().add("query-inspector");
        root.getStylesheets().add(Objects.requireNonNull(getClass().getResource("inspector.css")).toExternalForm());
        root.setPadding(new Insets(10));
        root.setTop(toolbar());
        root.setLeft(side());
        Label query = new Label();
        query.setId("inspectedQuery");
        query.getStyleClass().add("title-3");
        query.setWrapText(true);
        query.textProperty().bind(model.queryTextProperty());
        VBox.setVgrow(rankings, Priority.ALWAYS);
        VBox center = new VBox(8, query, rankings);
        center.setPadding(new Insets(10, 0, 0, 10));
        root.setCenter(center);
        Label message = new Label();
        message.setId("inspectorMessage");
        message.getStyleClass().add("text-muted");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        BorderPane.setMargin(message, new Insets(8, 0, 0, 0));
        root.setBottom(message);
        model.columns().addListener((javafx.collections.ListChangeListener<RankedColumn>) c -> rebuild());
    }

    @Override
    public String title() {
        return "Query inspector";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(List<SelectedRun> runs) {
        model.show(runs);
    }

    public QueryInspectorViewModel model() {
        return model;
    }

    private HBox toolbar() {
        TextField search = new TextField();
        search.setId("querySearch");
        search.setPromptText("Query id or text");
        search.setPrefColumnCount(18);
        Button find = new Button("Search");
        find.setId("searchQueries");
        find.setDefaultButton(false);
        find.setOnAction(e -> model.search(search.getText()));
        search.setOnAction(e -> model.search(search.getText()));
        Button random = new Button("Random test query");
        random.setId("randomQuery");
        random.setTooltip(new Tooltip("Draw a query that has clicks in the test split"));
        random.setOnAction(e -> model.randomTestQuery());
        Spinner<Integer> k = new Spinner<>(1, 100, model.kProperty().get());
        k.setId("topK");
        k.setPrefWidth(80);
        k.setEditable(true);
        k.valueProperty().addListener((o, a, b) -> {
            model.kProperty().set(b);
            if (model.queryProperty().get() != null) {
                model.choose(model.queryProperty().get());
            }
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.busyProperty());
        HBox bar = new HBox(8, search, find, random, new Label("Top"), k, new Label("Search:"), searchMode(), busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Exact or approximate (HNSW) ranking, in step with the view model. */
    private HBox searchMode() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton exact = new ToggleButton("exact");
        exact.setId("searchExact");
        exact.setTooltip(new Tooltip("Score every document of the catalogue: the true top-k"));
        ToggleButton hnsw = new ToggleButton("approximate (HNSW)");
        hnsw.setId("searchApproximate");
        hnsw.setTooltip(new Tooltip("Search an HNSW index of each run's document vectors (built once, in the"
                + " background), with its recall against the exact top-k for the query"));
        exact.setToggleGroup(group);
        hnsw.setToggleGroup(group);
        group.selectToggle(model.approximateProperty().get() ? hnsw : exact);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                group.selectToggle(a);
            } else {
                model.approximateProperty().set(b == hnsw);
            }
        });
        model.approximateProperty().addListener((o, a, b) -> group.selectToggle(b ? hnsw : exact));
        HBox modes = new HBox(exact, hnsw);
        modes.getStyleClass().add("segmented");
        return modes;
    }

    private VBox side() {
        ListView<QueryInspectorViewModel.QueryChoice> matches = new ListView<>(model.matches());
        matches.setId("queryMatches");
        matches.setPlaceholder(new Label("Search to list queries"));
        matches.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.choose(b.id());
            }
        });
        ListView<String> history = new ListView<>(model.history());
        history.setId("queryHistory");
        history.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty ? null : new Tooltip(item));
            }
        });
        history.setPlaceholder(new Label("No query chosen"));
        Label matchesTitle = new Label("Queries");
        matchesTitle.getStyleClass().add("title-4");
        Label historyTitle = new Label();
        historyTitle.textProperty().bind(javafx.beans.binding.Bindings.size(model.history())
                .asString("Training history: %d clicks, oldest first"));
        historyTitle.getStyleClass().add("title-4");
        VBox.setVgrow(matches, Priority.SOMETIMES);
        VBox.setVgrow(history, Priority.ALWAYS);
        matches.setPrefHeight(160);
        matches.setMinHeight(110);
        VBox box = new VBox(6, matchesTitle, matches, historyTitle, history);
        box.setPadding(new Insets(10, 0, 0, 0));
        box.setPrefWidth(340);
        box.setMinWidth(220);
        return box;
    }

    private void rebuild() {
        rankings.getChildren().clear();
        int i = 0;
        for (RankedColumn column : model.columns()) {
            Label title = new Label(column.run().summary().name());
            title.getStyleClass().add("title-4");
            title.setTooltip(new Tooltip(column.run().label()));
            Label note = new Label(column.run().summary().id() + " · " + column.note());
            note.getStyleClass().add("text-muted");
            note.setWrapText(true);
            note.setMinHeight(Region.USE_PREF_SIZE);
            Label recall = new Label(column.indexRecall());
            recall.setId("indexRecall-" + i);
            recall.getStyleClass().add("text-muted");
            recall.setWrapText(true);
            recall.setMinHeight(Region.USE_PREF_SIZE);
            recall.setVisible(!column.indexRecall().isEmpty());
            recall.setManaged(recall.isVisible());
            TableView<RankedDocument> table = table(column);
            table.setId("ranking-" + i++);
            VBox.setVgrow(table, Priority.ALWAYS);
            VBox card = new VBox(4, title, note, recall, table);
            HBox.setHgrow(card, Priority.ALWAYS);
            card.setPrefWidth(10);
            card.setMinWidth(0);
            rankings.getChildren().add(card);
        }
    }

    private static TableView<RankedDocument> table(RankedColumn column) {
        TableView<RankedDocument> table = new TableView<>();
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("#", 36, r -> String.valueOf(r.rank())));
        table.getColumns().add(column("score", 64, r -> String.format(Locale.ROOT, "%.3f", r.score())));
        table.getColumns().add(column("held out", 80, r -> r.isHeldOut() ? "✔ " + r.heldOut() : ""));
        table.getColumns().add(column("document", 240, RankedDocument::description));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RankedDocument item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(HELD_OUT, !empty && item != null && item.isHeldOut());
            }
        });
        table.getItems().setAll(column.rows());
        table.setPlaceholder(new Label(column.note()));
        return table;
    }

    private static TableColumn<RankedDocument, String> column(String title, double width,
                                                              java.util.function.Function<RankedDocument, String> value) {
        TableColumn<RankedDocument, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        if (width < 100) {
            c.setMaxWidth(width * 1.3);
            c.setMinWidth(width * 0.8);
        }
        c.setSortable(false);
        return c;
    }
}
