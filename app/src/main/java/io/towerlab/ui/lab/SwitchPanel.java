package io.towerlab.ui.lab;

import io.towerlab.core.lab.LabSettings;
import io.towerlab.core.lab.LabSwitch;
import io.towerlab.core.lab.Lesson;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * One row per lab switch: its control and its one-line explanation. A lesson hides the switches it
 * does not show and locks the ones it fixes; the FPS-only switches are off while a sampled loss is
 * active, the sampler and K while FPS is.
 */
final class SwitchPanel extends GridPane {
    private final Map<LabSwitch, Control> controls = new EnumMap<>(LabSwitch.class);
    private final Map<LabSwitch, List<Node>> rows = new EnumMap<>(LabSwitch.class);
    private boolean updating;

    SwitchPanel(BiConsumer<LabSwitch, String> onChange) {
        setId("labSwitches");
        setHgap(10);
        setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields);
        int r = 0;
        for (LabSwitch s : LabSwitch.values()) {
            Label name = new Label(label(s));
            Control control = control(s, onChange);
            control.setId("switch-" + s.key());
            Label help = new Label(s.explanation());
            help.setWrapText(true);
            help.getStyleClass().addAll("text-muted", "lab-help");
            control.setTooltip(new Tooltip(s.specPath() + ": " + s.explanation()));
            add(name, 0, r);
            add(control, 1, r);
            add(help, 0, r + 1, 2, 1);
            controls.put(s, control);
            rows.put(s, List.of(name, control, help));
            r += 2;
        }
    }

    private Control control(LabSwitch s, BiConsumer<LabSwitch, String> onChange) {
        List<String> choices = switch (s) {
            case LOSS -> List.of("fps", "softmax", "pairce", "triplet");
            case SIMILARITY -> List.of("cosine", "dot");
            case SAMPLER -> List.of("uniform", "popularity", "hard", "inbatch");
            default -> null;
        };
        if (choices != null) {
            ComboBox<String> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(choices));
            box.valueProperty().addListener((o, a, v) -> fire(onChange, s, v));
            return box;
        }
        if (s == LabSwitch.LEARN_TEMPERATURE || s.fpsOnly()) {
            CheckBox box = new CheckBox();
            box.selectedProperty().addListener((o, a, v) -> fire(onChange, s, String.valueOf(v)));
            return box;
        }
        TextField field = new TextField();
        field.setPrefColumnCount(6);
        field.setOnAction(e -> fire(onChange, s, field.getText()));
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                fire(onChange, s, field.getText());
            }
        });
        return field;
    }

    private void fire(BiConsumer<LabSwitch, String> onChange, LabSwitch s, String value) {
        if (!updating && value != null) {
            onChange.accept(s, value);
        }
    }

    /** Shows the settings' values and which switches the lesson (or the active loss) allows. */
    void show(LabSettings settings, Lesson lesson) {
        if (settings == null) {
            return;
        }
        updating = true;
        try {
            boolean fps = "fps".equals(settings.value(LabSwitch.LOSS));
            for (LabSwitch s : LabSwitch.values()) {
                Control c = controls.get(s);
                String v = settings.value(s);
                if (c instanceof ComboBox<?> box) {
                    @SuppressWarnings("unchecked") ComboBox<String> b = (ComboBox<String>) box;
                    b.setValue(v);
                } else if (c instanceof CheckBox box) {
                    box.setSelected(Boolean.parseBoolean(v));
                } else if (c instanceof TextField field && !field.isFocused()) {
                    field.setText(v);
                }
                boolean visible = lesson == null || lesson.visible().contains(s);
                rows.get(s).forEach(n -> {
                    n.setVisible(visible);
                    n.setManaged(visible);
                });
                boolean applies = !(s.fpsOnly() && !fps) && !(s.sampledOnly() && fps);
                c.setDisable(!applies || lesson != null && lesson.locked().contains(s));
            }
        } finally {
            updating = false;
        }
    }

    private static String label(LabSwitch s) {
        return switch (s) {
            case LOSS -> "Loss";
            case TEMPERATURE -> "Temperature τ";
            case LEARN_TEMPERATURE -> "Learn τ";
            case SIMILARITY -> "Similarity";
            case SYMMETRIC -> "Symmetric";
            case LOG_Q -> "logQ correction";
            case MASK_ACCIDENTAL_HITS -> "Mask hits";
            case NEGATIVES -> "Negatives K";
            case SAMPLER -> "Sampler";
            case WEIGHT_DECAY -> "Weight decay";
        };
    }
}
