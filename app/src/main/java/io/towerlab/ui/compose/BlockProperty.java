package io.towerlab.ui.compose;

import io.towerlab.core.spec.Hyperparameter;
import java.util.List;

/**
 * One editable setting of the selected block as the property sheet shows it.
 *
 * @param path       the full JSON path it sets, e.g. {@code docTower.layers[1].units} or {@code negatives.count}
 * @param definition its registry entry (label, help, range, choices, paper), or null for a name, column or path
 * @param choices    the values offered in a drop-down (a registry choice, or the columns that fit), else empty
 */
public record BlockProperty(String path, String label, String value, Hyperparameter definition,
                            List<String> choices, String help) {

    public BlockProperty {
        choices = List.copyOf(choices);
    }

    public boolean isFlag() {
        return definition != null && definition.kind() == io.towerlab.core.spec.ValueKind.BOOLEAN;
    }
}
