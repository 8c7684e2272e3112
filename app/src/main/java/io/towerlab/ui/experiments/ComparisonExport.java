package io.towerlab.ui.experiments;

import io.towerlab.core.compare.HtmlReport;
import io.towerlab.core.compare.TableData;
import io.towerlab.core.store.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.jfree.chart.JFreeChart;

/**
 * Exports of a comparison: the runs table and a panel's tables as CSV, a panel's charts as PNG or SVG,
 * and the whole comparison as one self-contained HTML page (charts embedded as images, tables as
 * tables, other panels as pictures). Runs on the FX thread: charts and controls are read there.
 */
final class ComparisonExport {
    /** Tables longer than this go to CSV only; the report says so. */
    static final int REPORT_ROWS = 200;

    private ComparisonExport() {
    }

    /** The table's visible columns and rows, in its current order. */
    static TableData runsTable(TableView<RunRow> table, List<RunRow> rows) {
        List<TableColumn<RunRow, ?>> visible = table.getColumns().stream().filter(TableColumn::isVisible).toList();
        List<String> header = visible.stream().map(TableColumn::getText).toList();
        List<List<String>> cells = new ArrayList<>();
        for (RunRow row : rows) {
            cells.add(visible.stream().map(c -> RunColumn.format(c.getCellObservableValue(row) == null ? null
                    : c.getCellObservableValue(row).getValue())).toList());
        }
        return new TableData("Runs", header, cells);
    }

    static void csv(TableData table, Path target) throws IOException {
        AtomicFiles.write(target, table.toCsv());
    }

    /** Every table of the panel to {@code target} (numbered when there are several). */
    static List<Path> csv(List<TableData> tables, Path target) throws IOException {
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            Path file = tables.size() == 1 ? target : ChartExport.numbered(target, i + 1);
            csv(tables.get(i), file);
            written.add(file);
        }
        return written;
    }

    static void report(Path target, TableData runs, List<ComparisonPanel> panels) throws IOException {
        HtmlReport report = new HtmlReport("TowerLab comparison of " + runs.rows().size() + " runs");
        report.table(runs);
        for (ComparisonPanel panel : panels) {
            report.heading(panel.title());
            if (panel instanceof ExportablePanel exportable) {
                for (JFreeChart chart : exportable.charts()) {
                    report.png(chart.getTitle() == null ? panel.title() : chart.getTitle().getText(),
                            ChartExport.png(chart));
                }
                for (TableData table : exportable.tables()) {
                    if (table.rows().size() > REPORT_ROWS) {
                        report.paragraph(table.title() + ": " + table.rows().size()
                                + " rows; export the panel's tables as CSV for all of them.");
                    } else {
                        report.table(table);
                    }
                }
            } else {
                Node node = panel.node();
                if (node.getScene() != null && node.getLayoutBounds().getWidth() > 0) {
                    report.png(panel.title(), ChartExport.png(node.snapshot(null, null)));
                } else {
                    report.paragraph("Open the " + panel.title() + " tab before exporting to include a picture of it.");
                }
            }
        }
        AtomicFiles.write(target, report.html());
    }
}
