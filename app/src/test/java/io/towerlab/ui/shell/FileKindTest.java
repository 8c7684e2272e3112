package io.towerlab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.ui.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileKindTest {
    @TempDir
    Path folder;

    @Test
    void tellsDatasetsFromSpecsAmongJsonFilesByTheirFields() throws Exception {
        assertThat(FileKind.of(TestPaths.SAMPLE.resolve("dataset.json"))).isEqualTo(FileKind.DATASET);
        assertThat(FileKind.of(TestPaths.EXPERIMENTS.resolve("movies-small-fps.json"))).isEqualTo(FileKind.SPEC);
        Path renamedManifest = Files.copy(TestPaths.SAMPLE.resolve("dataset.json"), folder.resolve("movies.json"));
        assertThat(FileKind.of(renamedManifest)).isEqualTo(FileKind.DATASET);
    }

    @Test
    void sendsBrokenJsonToTheSpecReaderWhichSaysWhereItIsBroken() throws Exception {
        assertThat(FileKind.of(Files.writeString(folder.resolve("broken.json"), "{\"name\": "))).isEqualTo(FileKind.SPEC);
    }

    @Test
    void knowsTowerLabsOwnExtensionsTablesAndFolders() {
        assertThat(FileKind.of(folder.resolve("run-3.towerlab-run"))).isEqualTo(FileKind.BUNDLE);
        assertThat(FileKind.of(folder.resolve("RUN.ZIP"))).isEqualTo(FileKind.BUNDLE);
        assertThat(FileKind.of(folder.resolve("softmax.towerlab-lesson"))).isEqualTo(FileKind.LESSON);
        assertThat(FileKind.of(folder.resolve("clicks.tsv"))).isEqualTo(FileKind.DATASET);
        assertThat(FileKind.of(folder)).isEqualTo(FileKind.DATASET);
        assertThat(FileKind.of(folder.resolve("photo.png"))).isEqualTo(FileKind.UNKNOWN);
    }
}
