package io.towerlab.ui.experiments;

import io.towerlab.core.compare.TableData;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * A comparison panel whose content can be exported as data: its charts (PNG, SVG) and tables (CSV).
 * The HTML report takes these from panels that offer them and a picture of any other panel.
 */
public interface ExportablePanel extends ComparisonPanel {

    /** The panel's charts, in display order. */
    List<JFreeChart> charts();

    /** The panel's tables as shown (the rows currently displayed). */
    List<TableData> tables();
}
