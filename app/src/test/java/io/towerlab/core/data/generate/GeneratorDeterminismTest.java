package io.towerlab.core.data.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorDeterminismTest {
    private static final List<String> FILES = List.of("interactions.csv", "documents.csv", "queries.csv", "dataset.json");
    private static final GeneratorSettings SMALL = GeneratorPreset.MOVIES_SMALL.settings(3).withSizes(300, 200, 8, 4);

    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        generator().generate(SMALL, tmp.resolve("a"));
        generator().generate(SMALL, tmp.resolve("b"));
        for (String file : FILES) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(file)));
        }
    }

    @Test
    void anotherSeedGivesOtherClicks() throws IOException {
        generator().generate(SMALL, tmp.resolve("a"));
        generator().generate(SMALL.withSeed(4), tmp.resolve("b"));
        assertThat(Arrays.equals(Files.readAllBytes(tmp.resolve("a/interactions.csv")),
                Files.readAllBytes(tmp.resolve("b/interactions.csv")))).isFalse();
        assertThat(Arrays.equals(Files.readAllBytes(tmp.resolve("a/documents.csv")),
                Files.readAllBytes(tmp.resolve("b/documents.csv")))).isFalse();
    }

    @Test
    void categoryFirstSamplingForLargeCataloguesIsDeterministicAndKeepsTheStructure() throws IOException {
        GeneratorSettings twoStage = SMALL.withExactSamplingLimit(0);
        assertThat(twoStage.exactSampling()).isFalse();
        generator().generate(twoStage, tmp.resolve("a"));
        generator().generate(twoStage, tmp.resolve("b"));
        assertThat(Files.readAllBytes(tmp.resolve("b/interactions.csv")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("a/interactions.csv")));

        LatentWorld world = LatentWorld.create(twoStage);
        long[][] rows = SyntheticLogGeneratorTest.readInteractions(tmp.resolve("a/interactions.csv"));
        long sameFamily = 0;
        for (long[] row : rows) {
            int family = world.documentCategory[(int) row[1] - 1] % twoStage.families();
            sameFamily += family == world.querySegment[(int) row[0] - 1] ? 1 : 0;
        }
        assertThat(sameFamily / (double) rows.length).isGreaterThan(2.0 / twoStage.families());
        assertThat(rows.length).isGreaterThan(300 * twoStage.minClicks());
    }

    @Test
    void unknownPresetNamesTheKnownOnes() {
        assertThatThrownBy(() -> GeneratorPreset.byId("huge"))
                .hasMessageContaining("movies-small").hasMessageContaining("large");
    }

    private static SyntheticLogGenerator generator() {
        return new SyntheticLogGenerator();
    }
}
