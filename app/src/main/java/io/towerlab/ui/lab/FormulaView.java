package io.towerlab.ui.lab;

import io.towerlab.core.lab.LabBatch;
import io.towerlab.core.lab.LabSettings;
import java.util.List;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The active loss's formula and one row's numbers, from {@link LossFormula}, as text flows. */
final class FormulaView extends VBox {

    FormulaView() {
        super(4);
        setId("labFormula");
        getStyleClass().add("lab-formula");
    }

    void show(LabSettings settings, LabBatch batch, int row) {
        getChildren().clear();
        if (settings == null) {
            return;
        }
        for (List<LossFormula.Part> line : LossFormula.of(settings, batch, row)) {
            TextFlow flow = new TextFlow();
            for (LossFormula.Part part : line) {
                Text text = new Text(part.text());
                text.getStyleClass().add("formula-" + part.kind().name().toLowerCase(java.util.Locale.ROOT));
                if (part.kind() == LossFormula.Kind.SUP) {
                    text.setTranslateY(-6);
                }
                flow.getChildren().add(text);
            }
            getChildren().add(flow);
        }
    }
}
