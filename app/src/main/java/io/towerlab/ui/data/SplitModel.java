package io.towerlab.ui.data;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.split.SplitKind;
import io.towerlab.core.data.split.SplitOptions;
import io.towerlab.core.data.split.Splitter;
import io.towerlab.ui.common.BackgroundTasks;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Split settings for the current dataset and a preview of the train/validation/test sizes they give. */
public final class SplitModel {

    /** The sizes a split gives, and its rule in words. */
    public record Sizes(int train, int valid, int test, String rule) {
    }

    private final BackgroundTasks tasks;
    private final ReadOnlyObjectProperty<ClickDataset> dataset;
    private final ObjectProperty<SplitKind> kind = new SimpleObjectProperty<>(SplitKind.LEAVE_LAST_OUT);
    private final DoubleProperty validFraction = new SimpleDoubleProperty(0.1);
    private final DoubleProperty testFraction = new SimpleDoubleProperty(0.1);
    private final IntegerProperty minInteractions = new SimpleIntegerProperty(SplitOptions.DEFAULT_MIN_INTERACTIONS);
    private final ObjectProperty<Sizes> sizes = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");

    SplitModel(BackgroundTasks tasks, ReadOnlyObjectProperty<ClickDataset> dataset) {
        this.tasks = tasks;
        this.dataset = dataset;
        kind.addListener((o, a, b) -> refresh());
        validFraction.addListener((o, a, b) -> refresh());
        testFraction.addListener((o, a, b) -> refresh());
        minInteractions.addListener((o, a, b) -> refresh());
    }

    /** The options as set, or null (with {@link #problemProperty()} saying why) when they are invalid. */
    public SplitOptions options() {
        try {
            problem.set("");
            return new SplitOptions(kind.get(), kind.get() == SplitKind.LEAVE_LAST_OUT ? 0 : validFraction.get(),
                    kind.get() == SplitKind.LEAVE_LAST_OUT ? 0 : testFraction.get(), null, null,
                    minInteractions.get(), 0);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return null;
        }
    }

    /** Recomputes the preview sizes in the background. */
    public void refresh() {
        ClickDataset data = dataset.get();
        SplitOptions options = options();
        if (data == null || options == null) {
            sizes.set(null);
            return;
        }
        tasks.submit("Previewing the split", context -> {
            DatasetSplit s = new Splitter().split(data, options);
            return new Sizes(s.train().length, s.valid().length, s.test().length, s.rule());
        }, sizes::set, e -> problem.set(e.getMessage()));
    }

    /** The sizes as one line, e.g. "train 55,771 · validation 2,000 · test 2,000". */
    public static String describe(Sizes s) {
        return s == null ? "" : String.format(Locale.ROOT, "train %,d · validation %,d · test %,d", s.train(),
                s.valid(), s.test());
    }

    public ObjectProperty<SplitKind> kindProperty() {
        return kind;
    }

    public DoubleProperty validFractionProperty() {
        return validFraction;
    }

    public DoubleProperty testFractionProperty() {
        return testFraction;
    }

    public IntegerProperty minInteractionsProperty() {
        return minInteractions;
    }

    public ReadOnlyObjectProperty<Sizes> sizesProperty() {
        return sizes;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }
}
