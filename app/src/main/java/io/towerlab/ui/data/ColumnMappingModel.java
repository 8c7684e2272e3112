package io.towerlab.ui.data;

import io.towerlab.core.data.ColumnMapping;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The column-mapping step as editable state: which column is the query, the document, the relevance
 * and the timestamp (empty = detect), and comma-separated feature columns. Only files have columns
 * to map; folders (manifest, MovieLens) describe their own.
 */
public final class ColumnMappingModel {
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty document = new SimpleStringProperty("");
    private final StringProperty relevance = new SimpleStringProperty("");
    private final StringProperty timestamp = new SimpleStringProperty("");
    private final StringProperty queryCategorical = new SimpleStringProperty("");
    private final StringProperty documentCategorical = new SimpleStringProperty("");
    private final StringProperty documentNumeric = new SimpleStringProperty("");
    private final StringProperty documentText = new SimpleStringProperty("");

    /** The columns of the previewed file, offered as choices. */
    public ObservableList<String> columns() {
        return columns;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty documentProperty() {
        return document;
    }

    public StringProperty relevanceProperty() {
        return relevance;
    }

    public StringProperty timestampProperty() {
        return timestamp;
    }

    public StringProperty queryCategoricalProperty() {
        return queryCategorical;
    }

    public StringProperty documentCategoricalProperty() {
        return documentCategorical;
    }

    public StringProperty documentNumericProperty() {
        return documentNumeric;
    }

    public StringProperty documentTextProperty() {
        return documentText;
    }

    /** Resets the choices for a newly opened file: empty (detected) roles, no features. */
    void reset(List<String> header, boolean isFile) {
        columns.setAll(header);
        editable.set(isFile);
        for (StringProperty p : List.of(query, document, relevance, timestamp, queryCategorical,
                documentCategorical, documentNumeric, documentText)) {
            p.set("");
        }
    }

    /** The mapping the importer gets. */
    public ColumnMapping toMapping() {
        return ColumnMapping.detect().withQuery(blankToNull(query.get())).withDocument(blankToNull(document.get()))
                .withRelevance(blankToNull(relevance.get())).withTimestamp(blankToNull(timestamp.get()))
                .withQueryFeatures(list(queryCategorical.get()), List.of(), List.of())
                .withDocumentFeatures(list(documentCategorical.get()), list(documentNumeric.get()),
                        list(documentText.get()));
    }

    static List<String> list(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
