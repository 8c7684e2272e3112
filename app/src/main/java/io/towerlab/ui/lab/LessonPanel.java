package io.towerlab.ui.lab;

import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.lab.LessonPlayer;
import io.towerlab.core.lab.LessonStep;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The shown lesson step: "predict" text, then after it ran, the explanation and the measured metrics. */
final class LessonPanel extends VBox {
    private final Label lessonTitle = new Label();
    private final Label progress = new Label();
    private final Label stepTitle = new Label();
    private final Label text = new Label();
    private final Label explain = new Label();
    private final Label metrics = new Label();
    private final Button next = new Button();

    LessonPanel(LabViewModel model) {
        super(8);
        setId("lessonPanel");
        getStyleClass().add("lesson-panel");
        lessonTitle.getStyleClass().add("lesson-title");
        progress.getStyleClass().add("text-muted");
        stepTitle.getStyleClass().add("lesson-step-title");
        for (Label l : new Label[] {lessonTitle, text, explain, metrics}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        text.getStyleClass().add("lesson-text");
        explain.getStyleClass().add("lesson-explain");
        metrics.getStyleClass().add("lesson-metrics");
        next.setId("lessonNext");
        next.getStyleClass().add("accent");
        next.setOnAction(e -> model.advance());
        next.disableProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, progress, spacer, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(lessonTitle, bar, stepTitle, text, explain, metrics);
        model.playerProperty().addListener((o, a, p) -> show(p, model.metricsProperty().get()));
        model.metricsProperty().addListener((o, a, m) -> show(model.playerProperty().get(), m));
        model.busyProperty().addListener((o, a, busy) -> show(model.playerProperty().get(),
                model.metricsProperty().get()));
        show(null, null);
    }

    private void show(LessonPlayer player, MetricSet m) {
        boolean open = player != null;
        setVisible(open);
        setManaged(open);
        if (!open) {
            return;
        }
        lessonTitle.setText(player.lesson().title());
        int count = player.lesson().steps().size();
        if (player.finished()) {
            progress.setText("Finished: " + count + " of " + count + " steps");
            stepTitle.setText("End of the lesson");
            text.setText("Change the switches and run on, or open another lesson.");
            explain.setText("");
            explain.setManaged(false);
            next.setText("Done");
            next.setGraphic(new FontIcon("mdi2c-check"));
            metrics.setText(describe(m));
            metrics.setManaged(!metrics.getText().isEmpty());
            return;
        }
        LessonStep step = player.current();
        progress.setText("Step " + (player.stepIndex() + 1) + " of " + count + (player.ran() ? " · ran" : " · predict"));
        stepTitle.setText(step.title() == null ? "" : step.title());
        text.setText(step.text());
        explain.setText(player.ran() ? (step.explain() == null ? "" : step.explain()) : "");
        explain.setVisible(player.ran());
        explain.setManaged(player.ran());
        metrics.setText(player.ran() ? describe(m) : "");
        metrics.setManaged(!metrics.getText().isEmpty());
        boolean last = player.stepIndex() == count - 1;
        next.setText(player.ran() ? (last ? "Finish" : "Next step") : "Run" + (step.run() > 0 ? " " + step.run()
                + " batches" : ""));
        next.setGraphic(new FontIcon(player.ran() ? "mdi2s-skip-next" : "mdi2p-play"));
    }

    /** Validation recall (and coverage) at each k, in one line. */
    static String describe(MetricSet m) {
        if (m == null) {
            return "";
        }
        Map<String, Double> v = m.values();
        String recall = v.entrySet().stream().filter(e -> e.getKey().startsWith("recall@"))
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.3f", e.getValue()))
                .collect(Collectors.joining(" · "));
        String coverage = v.entrySet().stream().filter(e -> e.getKey().startsWith("coverage@")).findFirst()
                .map(e -> " · " + e.getKey() + " " + String.format(Locale.ROOT, "%.2f", e.getValue())).orElse("");
        return "Validation (" + m.queries() + " queries): " + recall + coverage;
    }
}
