package io.towerlab.ui.compose;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.Editors;

/**
 * The selected block's settings in a ControlsFX property sheet: registry labels, tooltips with help, range and
 * default, drop-downs for choices and fitting columns, check boxes for flags. Values change in place when
 * only they changed, so an edit does not rebuild the sheet under the user's cursor.
 */
final class BlockSheet extends PropertySheet {
    private final ComposeViewModel model;

    BlockSheet(ComposeViewModel model) {
        this.model = model;
        setId("blockProperties");
        setModeSwitcherVisible(false);
        setSearchBoxVisible(false);
        setMode(Mode.NAME);
        setPropertyEditorFactory(item -> {
            Adapter a = (Adapter) item;
            var editor = a.property.isFlag() ? Editors.createCheckEditor(item)
                    : !a.property.choices().isEmpty() ? Editors.createChoiceEditor(item, a.property.choices())
                    : new CommitTextEditor(item);
            editor.getEditor().setId(editorId(a.property.path()));
            return editor;
        });
        ObservableList<BlockProperty> properties = model.properties();
        properties.addListener((ListChangeListener<BlockProperty>) c -> refill(properties));
        refill(properties);
    }

    /** The id of a setting's editor, e.g. {@code prop-docTower-inputs0-column}, for tests and accessibility. */
    static String editorId(String path) {
        return "prop-" + path.replace('.', '-').replace("[", "").replace("]", "");
    }

    private void refill(List<BlockProperty> properties) {
        List<Adapter> current = getItems().stream().map(Adapter.class::cast).toList();
        boolean samePaths = current.size() == properties.size();
        for (int i = 0; samePaths && i < current.size(); i++) {
            samePaths = current.get(i).property.path().equals(properties.get(i).path())
                    && current.get(i).property.choices().equals(properties.get(i).choices());
        }
        if (samePaths) {
            for (int i = 0; i < current.size(); i++) {
                current.get(i).update(properties.get(i));
            }
        } else {
            getItems().setAll(properties.stream().map(p -> new Adapter(p, model)).toList());
        }
    }

    /** One block setting as a property sheet item; setting it is one composer edit. */
    private static final class Adapter implements Item {
        private BlockProperty property;
        private final ComposeViewModel model;
        private final SimpleObjectProperty<Object> value = new SimpleObjectProperty<>();

        Adapter(BlockProperty property, ComposeViewModel model) {
            this.model = model;
            update(property);
        }

        void update(BlockProperty changed) {
            property = changed;
            value.set(changed.isFlag() ? Boolean.valueOf(changed.value()) : changed.value());
        }

        @Override
        public Class<?> getType() {
            return property.isFlag() ? Boolean.class : String.class;
        }

        @Override
        public String getCategory() {
            return "Settings";
        }

        @Override
        public String getName() {
            return property.label();
        }

        @Override
        public String getDescription() {
            return property.help();
        }

        @Override
        public Object getValue() {
            return value.get();
        }

        @Override
        public void setValue(Object changed) {
            String text = changed == null ? "" : changed.toString();
            if (!text.equals(String.valueOf(value.get()))) {
                value.set(changed);
                model.setProperty(property.path(), text);
            }
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.of(value);
        }
    }
}
