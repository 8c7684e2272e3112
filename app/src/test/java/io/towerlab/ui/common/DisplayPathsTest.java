package io.towerlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DisplayPathsTest {

    @Test
    void aPathInsideTheWorkingFolderIsShownRelativeToIt() {
        Path inside = Path.of("").toAbsolutePath().resolve("sample-data").resolve("movies-small");
        assertThat(DisplayPaths.of(inside)).isEqualTo("sample-data" + File.separator + "movies-small");
    }

    @Test
    void aPathOutsideTheWorkingFolderKeepsItsName() {
        Path outside = Path.of("").toAbsolutePath().getRoot().resolve("elsewhere");
        assertThat(DisplayPaths.of(outside)).isEqualTo(outside.toString());
    }
}
