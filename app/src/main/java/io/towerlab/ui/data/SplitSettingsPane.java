package io.towerlab.ui.data;

import io.towerlab.core.data.split.SplitKind;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;

/** Split settings and the train/validation/test sizes they give on the current dataset. */
final class SplitSettingsPane extends GridPane {

    SplitSettingsPane(SplitModel model) {
        ComboBox<SplitKind> kind = new ComboBox<>();
        kind.getItems().setAll(SplitKind.LEAVE_LAST_OUT, SplitKind.RANDOM, SplitKind.TEMPORAL);
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SplitKind k) {
                return k == null ? "" : k.jsonName();
            }

            @Override
            public SplitKind fromString(String text) {
                return SplitKind.parse(text);
            }
        });
        Spinner<Double> valid = new Spinner<>(0.0, 0.9, model.validFractionProperty().get(), 0.05);
        model.validFractionProperty().bind(valid.valueProperty());
        Spinner<Double> test = new Spinner<>(0.0, 0.9, model.testFractionProperty().get(), 0.05);
        model.testFractionProperty().bind(test.valueProperty());
        Spinner<Integer> min = new Spinner<>(1, 100, model.minInteractionsProperty().get());
        model.minInteractionsProperty().bind(min.valueProperty());
        valid.disableProperty().bind(kind.valueProperty().isEqualTo(SplitKind.LEAVE_LAST_OUT));
        test.disableProperty().bind(valid.disableProperty());
        Label sizes = new Label();
        sizes.setId("splitSizes");
        sizes.getStyleClass().add("title-4");
        sizes.textProperty().bind(Bindings.createStringBinding(() -> SplitModel.describe(model.sizesProperty().get()),
                model.sizesProperty()));
        Label rule = new Label();
        rule.getStyleClass().add("text-muted");
        rule.setWrapText(true);
        rule.textProperty().bind(Bindings.createStringBinding(() -> model.sizesProperty().get() == null
                ? model.problemProperty().get() : model.sizesProperty().get().rule(), model.sizesProperty(),
                model.problemProperty()));
        addRow(0, new Label("Split"), kind);
        addRow(1, new Label("Validation fraction"), valid);
        addRow(2, new Label("Test fraction"), test);
        addRow(3, new Label("Minimum interactions per query"), min);
        add(sizes, 0, 4, 2, 1);
        add(rule, 0, 5, 2, 1);
        setHgap(16);
        setVgap(12);
        setPadding(new Insets(16));
    }
}
