package io.towerlab.core.data.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped sample is exactly what the generator makes today, on this machine too. */
class ShippedSampleTest {
    private static final Path SHIPPED = Path.of("..", "sample-data", "movies-small");

    @TempDir
    Path tmp;

    @Test
    void regeneratingMoviesSmallWithSeedOneReproducesTheShippedFilesByteForByte() throws IOException {
        assertThat(SHIPPED.resolve("interactions.csv")).as("run from the app module of a checkout").exists();
        new SyntheticLogGenerator().generate(GeneratorPreset.MOVIES_SMALL.settings(1), tmp);
        for (String file : new String[] {"interactions.csv", "documents.csv", "queries.csv", "dataset.json"}) {
            assertThat(Files.readAllBytes(tmp.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(SHIPPED.resolve(file)));
        }
    }
}
