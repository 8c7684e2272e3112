package io.towerlab.ui.experiments;

import java.util.List;
import javafx.scene.Node;

/**
 * One tab of the Experiments view's comparison area (curves, recall@k, diff, projection, query
 * inspector, …). The view hands every panel the runs selected in the table; a panel loads what it
 * needs in the background and shows it.
 */
public interface ComparisonPanel {

    /** The tab's title. */
    String title();

    /** The panel's content, created once. */
    Node node();

    /** Shows these runs, in the table's order; called on the FX thread whenever the selection changes. */
    void show(List<SelectedRun> runs);
}
