package io.towerlab.ui.data;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetImporter;
import io.towerlab.core.data.DatasetStatistics;
import io.towerlab.core.data.DatasetStats;
import io.towerlab.core.data.ImportOptions;
import io.towerlab.core.data.ImportResult;
import io.towerlab.core.data.RowProblem;
import io.towerlab.core.data.ValidationReport;
import io.towerlab.ui.common.BackgroundJob;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.common.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the data view: opening a dataset in the background, the column mapping,
 * the preview, the validation report, the statistics and charts, and the split settings.
 */
public final class DataViewModel {
    static final int PREVIEW_ROWS = 50;

    /** Everything one import produces, computed off the UI thread. */
    record Imported(Path path, TablePreview preview, ImportResult result, DatasetStats stats, DatasetCharts charts) {
    }

    private final BackgroundTasks tasks;
    private final Consumer<UserError> errors;
    private final ColumnMappingModel mapping = new ColumnMappingModel();
    private final SplitModel split;
    private final ObjectProperty<Path> path = new SimpleObjectProperty<>();
    private final ObjectProperty<ClickDataset> dataset = new SimpleObjectProperty<>();
    private final ObjectProperty<DatasetStats> stats = new SimpleObjectProperty<>();
    private final ObjectProperty<DatasetCharts> charts = new SimpleObjectProperty<>();
    private final ObjectProperty<ValidationReport> report = new SimpleObjectProperty<>();
    private final ObservableList<String> previewColumns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<RowProblem> problems = FXCollections.observableArrayList();
    private final StringProperty reportSummary = new SimpleStringProperty("");
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private BackgroundJob current;
    private int imports;

    public DataViewModel(BackgroundTasks tasks, Consumer<UserError> errors) {
        this.tasks = tasks;
        this.errors = errors;
        this.split = new SplitModel(tasks, dataset);
    }

    /** Opens a dataset with auto-detected columns (a file's mapping starts over). */
    public void open(Path target) {
        startImport(target, ImportOptions.defaults(), true);
    }

    /** Imports the current file again with the mapping as the user corrected it. */
    public void applyMapping() {
        if (path.get() != null) {
            startImport(path.get(), ImportOptions.defaults().withMapping(mapping.toMapping()), false);
        }
    }

    /** Cancels the import in progress; the dataset shown before stays. */
    public void cancelImport() {
        if (current != null) {
            current.cancel();
        }
    }

    private void startImport(Path target, ImportOptions options, boolean resetMapping) {
        cancelImport();
        importing.set(true);
        int generation = ++imports;
        current = tasks.submit("Importing " + target.getFileName(), context -> {
            try {
                context.progress(-1, "reading the first rows");
                TablePreview preview = TablePreview.read(target, PREVIEW_ROWS);
                context.progress(0.1, "importing and validating");
                ImportResult result = new DatasetImporter().load(target, options);
                if (context.isCancelled()) {
                    return null;
                }
                context.progress(0.8, "computing statistics");
                DatasetStats s = DatasetStatistics.of(result.dataset());
                return new Imported(target, preview, result, s, DatasetCharts.of(result.dataset()));
            } catch (Exception e) {
                if (context.isCancelled()) {
                    return null;
                }
                throw e;
            }
        }, imported -> {
            if (generation == imports) {
                show(imported, resetMapping);
            }
        }, failure -> {
            if (generation == imports) {
                importing.set(false);
                errors.accept(UserError.of("Opening " + target, failure));
            }
        });
    }

    private void show(Imported imported, boolean resetMapping) {
        importing.set(false);
        if (imported == null) {
            return;
        }
        if (resetMapping) {
            mapping.reset(imported.preview().columns(), !Files.isDirectory(imported.path()));
        }
        path.set(imported.path());
        previewColumns.setAll(imported.preview().columns());
        previewRows.setAll(imported.preview().rows());
        ValidationReport r = imported.result().report();
        report.set(r);
        problems.setAll(r.problems());
        reportSummary.set(summary(r));
        stats.set(imported.stats());
        charts.set(imported.charts());
        dataset.set(imported.result().dataset());
        split.refresh();
    }

    static String summary(ValidationReport r) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%,d rows read, %,d kept, %,d skipped as malformed, %,d filtered by the click rule.",
                r.rowsRead(), r.rowsKept(), r.rowsSkipped(), r.rowsFiltered()));
        if (r.isClean()) {
            text.append(" No problems found.");
        } else {
            r.problemCounts().forEach((kind, n) -> text.append(String.format(Locale.ROOT, "%n%,d × %s", n, kind)));
        }
        r.notes().forEach(note -> text.append(System.lineSeparator()).append("Note: ").append(note));
        return text.toString();
    }

    public ColumnMappingModel mapping() {
        return mapping;
    }

    public SplitModel split() {
        return split;
    }

    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path;
    }

    public ReadOnlyObjectProperty<ClickDataset> datasetProperty() {
        return dataset;
    }

    public ReadOnlyObjectProperty<DatasetStats> statsProperty() {
        return stats;
    }

    public ReadOnlyObjectProperty<DatasetCharts> chartsProperty() {
        return charts;
    }

    public ReadOnlyObjectProperty<ValidationReport> reportProperty() {
        return report;
    }

    public ObservableList<String> previewColumns() {
        return previewColumns;
    }

    public ObservableList<List<String>> previewRows() {
        return previewRows;
    }

    public ObservableList<RowProblem> problems() {
        return problems;
    }

    public ReadOnlyStringProperty reportSummaryProperty() {
        return reportSummary;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing;
    }
}
