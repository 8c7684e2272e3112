package io.towerlab.ui.compose;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * A text editor for the property sheet that commits on Enter or when it loses focus, not on every key:
 * each commit is one undoable edit of the spec.
 */
final class CommitTextEditor implements PropertyEditor<Object> {
    private final TextField field = new TextField();

    CommitTextEditor(PropertySheet.Item item) {
        field.setText(item.getValue() == null ? "" : item.getValue().toString());
        field.setOnAction(e -> commit(item));
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit(item);
            }
        });
        item.getObservableValue().ifPresent(value -> value.addListener((o, a, b) -> {
            if (!field.isFocused()) {
                setValue(b);
            }
        }));
    }

    private void commit(PropertySheet.Item item) {
        if (!field.getText().equals(String.valueOf(item.getValue()))) {
            item.setValue(field.getText());
        }
    }

    @Override
    public Node getEditor() {
        return field;
    }

    @Override
    public Object getValue() {
        return field.getText();
    }

    @Override
    public void setValue(Object value) {
        field.setText(value == null ? "" : value.toString());
    }
}
