package io.towerlab.core.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.towerlab.core.spec.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonReaderTest {
    static final Path LESSONS = Path.of("..", "experiments", "lessons").toAbsolutePath().normalize();

    static List<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.list(LESSONS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyShippedLessonReadsAndItsStepsApply() throws Exception {
        List<Path> files = shipped();
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        for (Path file : files) {
            Lesson lesson = new LessonReader().read(file);
            assertThat(lesson.steps()).as(file.toString()).isNotEmpty();
            LessonPlayer player = new LessonPlayer(lesson);
            LabSettings settings = lesson.settings();
            while (!player.finished()) {
                LessonPlayer.Run run = player.advance(settings);
                if (run != null) {
                    settings = run.settings();
                }
            }
        }
    }

    @Test
    void problemsAreReportedAtTheirJsonPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"title": "t", "dataset": "movies-small", "spec": "nowhere.json",
                 "controls": {"visible": ["temprature"]},
                 "steps": [{"text": "x", "run": -1, "set": {"logq": true, "colour": 1}}], "extra": 1}
                """);
        assertThatThrownBy(() -> new LessonReader().read(file)).isInstanceOf(SpecException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("extra: unknown key")
                .hasMessageContaining("spec: \"nowhere.json\"")
                .hasMessageContaining("controls.visible[0]: \"temprature\" is not a lab switch")
                .hasMessageContaining("steps[0].run: must be a whole number")
                .hasMessageContaining("steps[0].set.colour: is not a lab switch");
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"title\": \"t\",,\n}");
        assertThatThrownBy(() -> new LessonReader().read(file)).hasMessageStartingWith("broken.json:2:");
    }

    @Test
    void aBadStartingSpecIsReportedUnderSpec(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("spec.json");
        Files.writeString(file, """
                {"title": "t", "dataset": "movies-small", "spec": "%s", "set": ["training.batchSize=0"],
                 "steps": [{"text": "x"}]}
                """.formatted(LESSONS.resolve("../movies-small-fps.json").toString().replace("\\", "/")));
        assertThatThrownBy(() -> new LessonReader().read(file)).hasMessageContaining("spec.training.batchSize");
    }

    @Test
    void aSavedStateOpensAtItsStepWithItsSwitches(@TempDir Path dir) throws Exception {
        Lesson lesson = new LessonReader().read(shipped().get(0));
        Path saved = dir.resolve("class" + LessonStateFile.EXTENSION);
        LessonStateFile.write(saved, new LessonState(lesson, 1, true,
                lesson.settings().with(LabSwitch.TEMPERATURE, "0.1").values()));

        LessonState opened = LessonStateFile.read(saved);

        assertThat(LessonStateFile.isStateFile(saved)).isTrue();
        assertThat(opened.step()).isEqualTo(1);
        assertThat(opened.ran()).isTrue();
        assertThat(opened.switches()).containsEntry(LabSwitch.TEMPERATURE, "0.1");
        assertThat(opened.lesson().title()).isEqualTo(lesson.title());
        assertThat(opened.lesson().steps()).isEqualTo(lesson.steps());
        assertThat(opened.lesson().settings().spec()).isEqualTo(lesson.settings().spec());
    }
}
