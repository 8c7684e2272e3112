package io.towerlab.ui.lab;

import static io.towerlab.ui.TestApps.fx;
import static io.towerlab.ui.TestApps.waitUntil;

import io.towerlab.ui.TestApps;
import io.towerlab.ui.shell.FileKind;
import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.lab.LabBatch;
import io.towerlab.core.lab.LabSwitch;
import io.towerlab.core.lab.LessonPlayer;
import io.towerlab.core.lab.LessonStateFile;
import io.towerlab.ui.TowerLabApp;
import io.towerlab.ui.shell.AppView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The loss lab in the running app, headless: stepping shows the batch the loss saw, a switch applies
 * to the next batch, every shipped lesson plays to its end on the sample data (each step capped at a
 * few batches to keep the test short), presentation mode steps on Space, and a saved lesson state
 * opens at its step. Snapshots of the view go to {@code target/lab-screenshots}.
 */
@org.junit.jupiter.api.Timeout(value = 120, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LabViewTest extends FxRobot {
    private static final Path LESSONS = Path.of("..", "experiments", "lessons").toAbsolutePath().normalize();
    private static final Path SHOTS = Path.of("target", "lab-screenshots");
    /**
     * Batches per lesson step; {@code -Dtowerlab.test.labBatches=100000} plays the lessons in full and
     * writes the screenshots.
     */
    private static final int BATCHES = Integer.getInteger("towerlab.test.labBatches", 8);
    private static final boolean SCREENSHOTS = BATCHES > 8;
    @TempDir
    static Path home;
    static TowerLabApp app;

    @BeforeAll
    static void startApp() throws Exception {
        app = TestApps.start(home.resolve("settings.json"));
        fx(() -> {
            app.model().viewProperty().set(AppView.LAB);
            return null;
        });
    }

    @AfterAll
    static void stopApp() throws Exception {
        TestApps.stop(app);
    }

    private static LabViewModel lab() {
        return app.model().lab();
    }



    private static void snapshot(Node node, String name) throws Exception {
        if (!SCREENSHOTS) {
            return;
        }
        Files.createDirectories(SHOTS);
        var image = fx(() -> node.snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
    }

    @Test
    @Order(1)
    void steppingShowsTheMatrixTheLossWasComputedFrom() throws Exception {
        clickOn("#labStep");
        waitUntil(60, () -> lab().batchProperty().get() != null && !lab().busyProperty().get());
        LabBatch fps = fx(() -> lab().batchProperty().get());
        HeatmapCanvas heatmap = lookup("#labHeatmap").queryAs(HeatmapCanvas.class);
        assertThat(fx(() -> heatmap.batch.get())).isSameAs(fps);
        assertThat(fps.rows()).isEqualTo(32);
        assertThat(fps.columns()).isEqualTo(32);
        assertThat(fps.weightedRowLoss()).isCloseTo(fps.loss(), org.assertj.core.api.Assertions.within(1e-4));
        assertThat(fx(() -> lookup("#labStatus").queryLabeled().getText())).contains("step 1");

        fx(() -> {
            lab().set(LabSwitch.LOSS, "softmax");
            lab().set(LabSwitch.NEGATIVES, "6");
            return null;
        });
        clickOn("#labStep");
        waitUntil(30, () -> lab().batchProperty().get().step() == 2 && !lab().busyProperty().get());
        LabBatch sampled = fx(() -> lab().batchProperty().get());
        assertThat(sampled.lossType()).isEqualTo("softmax");
        assertThat(sampled.columns()).isEqualTo(7);
        assertThat(fx(() -> lookup("#labNote").queryLabeled().getText())).contains("loss now softmax");
        snapshot(lookup("#mainWindow").query(), "lab-sampled-softmax.png");

        fx(() -> {
            lab().set(LabSwitch.LOSS, "fps");
            lab().toggleRun();
            return null;
        });
        waitUntil(30, () -> lab().batchProperty().get().step() > Math.min(60, 2 * BATCHES));
        snapshot(lookup("#mainWindow").query(), "lab-fps-training.png");
        fx(() -> {
            lab().toggleRun();
            return null;
        });
        waitUntil(10, () -> !lab().busyProperty().get());
        fx(() -> {
            app.model().setTheme(io.towerlab.ui.common.ThemeMode.DARK);
            return null;
        });
        snapshot(lookup("#mainWindow").query(), "lab-fps-training-dark.png");
        fx(() -> {
            app.model().setTheme(io.towerlab.ui.common.ThemeMode.LIGHT);
            return null;
        });
    }

    @Test
    @Order(2)
    void everyShippedLessonPlaysToItsEnd() throws Exception {
        List<Path> lessons;
        try (Stream<Path> files = Files.list(LESSONS)) {
            lessons = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(lessons).hasSizeGreaterThanOrEqualTo(6);
        fx(() -> {
            lab().setMaxBatchesPerStep(BATCHES);
            return null;
        });
        for (Path lesson : lessons) {
            fx(() -> {
                lab().open(lesson);
                return null;
            });
            LessonPlayer player = fx(() -> lab().playerProperty().get());
            assertThat(player).as(lesson.toString()).isNotNull();
            int beats = 0;
            while (!fx(() -> lab().playerProperty().get().finished())) {
                fx(() -> {
                    lab().advance();
                    return null;
                });
                waitUntil(60, () -> !lab().busyProperty().get());
                assertThat(++beats).isLessThan(100);
                LessonPlayer now = fx(() -> lab().playerProperty().get());
                if (now.ran() && now.current().evaluate()) {
                    assertThat(fx(() -> lab().metricsProperty().get())).as(lesson + " step " + now.stepIndex())
                            .isNotNull();
                }
            }
            assertThat(beats).isEqualTo(2 * player.lesson().steps().size());
            LabBatch last = fx(() -> lab().batchProperty().get());
            assertThat(Float.isFinite(last.loss())).as(lesson + " ends with a finite loss").isTrue();
        }
    }

    @Test
    @Order(3)
    void presentationModeStepsTheLessonWithOneKey() throws Exception {
        fx(() -> {
            lab().setMaxBatchesPerStep(BATCHES);
            lab().open(LESSONS.resolve("1-fps-vs-random-negatives.json"));
            lab().presentingProperty().set(true);
            return null;
        });
        Stage presentation = (Stage) fx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot().getId() != null
                        && w.getScene().getRoot().getId().equals("presentation")).findFirst().orElse(null));
        assertThat(presentation).isNotNull();
        interact(presentation::requestFocus);
        push(KeyCode.SPACE);
        waitUntil(5, () -> lab().playerProperty().get().ran());
        waitUntil(60, () -> !lab().busyProperty().get());
        push(KeyCode.SPACE);
        waitUntil(5, () -> lab().playerProperty().get().stepIndex() == 1);
        push(KeyCode.SPACE);
        waitUntil(60, () -> lab().playerProperty().get().ran() && !lab().busyProperty().get());
        Scene scene = presentation.getScene();
        if (SCREENSHOTS) {
            Files.createDirectories(SHOTS);
            var image = fx(() -> scene.snapshot(null));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve("lab-presentation.png").toFile());
        }
        push(KeyCode.ESCAPE);
        waitUntil(5, () -> !lab().presentingProperty().get());
        assertThat(fx(presentation::isShowing)).isFalse();
    }

    @Test
    @Order(4)
    void aSavedLessonStateOpensAtItsStep() throws Exception {
        Path saved = home.resolve("class" + LessonStateFile.EXTENSION);
        fx(() -> {
            lab().setMaxBatchesPerStep(8);
            lab().set(LabSwitch.TEMPERATURE, "0.1");
            lab().saveState(saved);
            lab().closeLesson();
            return null;
        });
        assertThat(saved).exists();
        assertThat(FileKind.of(saved)).isEqualTo(FileKind.LESSON);
        assertThat(FileKind.of(LESSONS.resolve("1-fps-vs-random-negatives.json"))).isEqualTo(FileKind.LESSON);
        fx(() -> {
            lab().open(saved);
            return null;
        });
        waitUntil(60, () -> lab().playerProperty().get() != null && lab().playerProperty().get().stepIndex() == 1
                && !lab().busyProperty().get());
        assertThat(fx(() -> lab().playerProperty().get().ran())).isTrue();
        assertThat(fx(() -> lab().settingsProperty().get().value(LabSwitch.TEMPERATURE))).isEqualTo("0.1");
        assertThat(fx(() -> lab().metricsProperty().get())).isNotNull();
    }

}
