package io.towerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonCommandTest {
    private static final Path LESSONS = Path.of("..", "experiments", "lessons").toAbsolutePath().normalize();

    @Test
    void playsALessonAndPrintsEachStepsMeasurements() {
        CliRun run = CliRun.of("lesson", "--max-batches", "3",
                LESSONS.resolve("6-popularity-and-logq.json").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Popularity bias and the logQ correction")
                .contains("1. Plain in-batch softmax: 3 batches").contains("2. With logQ: 3 batches")
                .contains("recall@10 ").contains("coverage@10 ");
    }

    @Test
    void aBrokenLessonIsReportedWithItsJsonPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"title\": \"t\", \"dataset\": \"movies-small\", \"spec\": {}, \"steps\": []}");

        CliRun run = CliRun.of("lesson", file.toString());

        assertThat(run.exit()).isEqualTo(CliErrors.USER_ERROR);
        assertThat(run.err()).contains("broken.json").contains("steps: must be a non-empty list");
    }
}
