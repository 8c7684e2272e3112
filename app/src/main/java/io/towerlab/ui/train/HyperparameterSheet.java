package io.towerlab.ui.train;

import io.towerlab.core.spec.ValueKind;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;

/** A ControlsFX property sheet over the spec's main hyperparameters, tooltips from the registry. */
final class HyperparameterSheet extends PropertySheet {

    HyperparameterSheet(ObservableList<HyperparameterItem> items) {
        setId("hyperparameters");
        setModeSwitcherVisible(false);
        setSearchBoxVisible(false);
        setMode(Mode.NAME);
        DefaultPropertyEditorFactory fallback = new DefaultPropertyEditorFactory();
        setPropertyEditorFactory(item -> item instanceof Adapter a && a.item.definition().kind() == ValueKind.CHOICE
                ? Editors.createChoiceEditor(item, a.item.definition().allowed().stream()
                        .filter(c -> !c.matches(".*[:@][A-Z]")).toList())
                : fallback.call(item));
        items.addListener((ListChangeListener<HyperparameterItem>) c -> refill(items));
        refill(items);
    }

    private void refill(ObservableList<HyperparameterItem> items) {
        getItems().setAll(items.stream().map(Adapter::new).toList());
    }

    /** One hyperparameter as a property sheet item, its value kept as the override text. */
    private static final class Adapter implements Item {
        private final HyperparameterItem item;

        Adapter(HyperparameterItem item) {
            this.item = item;
        }

        @Override
        public Class<?> getType() {
            return String.class;
        }

        @Override
        public String getCategory() {
            String prefix = item.definition().key().split("\\.")[0];
            return prefix.substring(0, 1).toUpperCase(Locale.ROOT) + prefix.substring(1);
        }

        @Override
        public String getName() {
            return item.definition().label();
        }

        @Override
        public String getDescription() {
            return item.tooltip();
        }

        @Override
        public Object getValue() {
            return item.valueProperty().get();
        }

        @Override
        public void setValue(Object value) {
            item.valueProperty().set(value == null ? "" : value.toString());
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.of(item.valueProperty());
        }
    }
}
