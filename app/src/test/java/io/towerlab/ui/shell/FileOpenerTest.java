package io.towerlab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.ui.TestPaths;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.common.SettingsStore;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class FileOpenerTest {
    @TempDir
    Path folder;
    private ShellViewModel shell;

    /**
     * Starts the toolkit first, as the other UI tests do: a shell view model built before it made the
     * later headless UI tests in the same JVM fail (Monocle painting errors) in the full suite.
     */
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void startShell() throws Exception {
        Path settings = folder.resolve("settings.json");
        Files.writeString(settings, "{\"store\": \"" + folder.resolve("runs").toString().replace("\\", "\\\\") + "\"}");
        shell = new ShellViewModel(new SettingsStore(settings), BackgroundTasks.synchronous(), requested -> "CPU");
    }

    @Test
    void opensASpecInTrainAndSelectsIt() {
        Path spec = TestPaths.EXPERIMENTS.resolve("movies-small-softmax.json");
        shell.openFiles(List.of(spec));
        assertThat(shell.viewProperty().get()).isEqualTo(AppView.TRAIN);
        assertThat(shell.train().selectedSpecProperty().get().toString()).contains("movies-small-softmax");
        assertThat(shell.errorProperty().get()).isNull();
    }

    @Test
    void importsARunBundleIntoTheStore() throws Exception {
        Path bundle = folder.resolve("shared.towerlab-run");
        try (OutputStream file = Files.newOutputStream(bundle); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("run-7/spec.json"));
            zip.write(Files.readAllBytes(TestPaths.EXPERIMENTS.resolve("movies-small-fps.json")));
            zip.closeEntry();
        }
        shell.openFiles(List.of(bundle));
        assertThat(shell.errorProperty().get()).isNull();
        assertThat(shell.viewProperty().get()).isEqualTo(AppView.EXPERIMENTS);
        assertThat(folder.resolve("runs").resolve("run-7").resolve("spec.json")).isRegularFile();
        assertThat(shell.noticeProperty().get()).contains("imported run run-7");
    }

    @Test
    void sendsLessonsToTheHandlerTheLabRegisters() {
        List<Path> lessons = new ArrayList<>();
        Path lesson = folder.resolve("softmax.towerlab-lesson");
        shell.files().handle(FileKind.LESSON, lessons::add);
        shell.openFiles(List.of(writeEmpty(lesson)));
        assertThat(lessons).containsExactly(lesson);
    }

    @Test
    void opensALessonInTheLabAndReportsWhereABrokenOneIsWrong() throws Exception {
        Path lesson = folder.resolve("broken-lesson.json");
        Files.writeString(lesson, "{\"format\": \"towerlab-lesson/1\", \"title\": 3}");
        shell.openFiles(List.of(lesson));
        assertThat(shell.viewProperty().get()).isEqualTo(AppView.LAB);
        assertThat(shell.errorProperty().get()).isNotNull();
        assertThat(shell.errorProperty().get().toString()).contains("lesson");
    }

    @Test
    void explainsWhatItOpensForAnUnknownFileAndAMissingOne() {
        shell.openFiles(List.of(writeEmpty(folder.resolve("photo.png"))));
        assertThat(shell.errorProperty().get().message()).contains(".towerlab-run").contains("experiment specs");
        shell.openFiles(List.of(folder.resolve("gone.csv")));
        assertThat(shell.errorProperty().get().message()).contains("There is no file or folder").contains("gone.csv");
    }

    private static Path writeEmpty(Path file) {
        try {
            return Files.write(file, new byte[0]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
