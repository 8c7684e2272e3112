package io.towerlab.core.data.generate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.towerlab.core.data.split.Splitter;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceMetricsTest {

    @TempDir
    Path folder;

    @Test
    void oracleRecallAt50IsAtLeastTwiceThePopularityBaselinesOnMoviesSmall() throws IOException {
        try (NDManager manager = NDManager.newBaseManager()) {
            new SyntheticLogGenerator(new ReferenceMetrics(manager, new Splitter()))
                    .generate(GeneratorPreset.MOVIES_SMALL.settings(11), folder);
        }
        JsonNode reference = new ObjectMapper().readTree(folder.resolve("reference.json").toFile());
        assertThat(reference.path("evaluatedQueries").asInt()).isEqualTo(2_000);
        assertThat(reference.path("split").path("kind").asText()).isEqualTo("leave-last-out");
        assertThat(reference.path("settings").path("temperature").asDouble()).isEqualTo(0.2);
        for (String key : ReferenceMetrics.KEYS) {
            assertThat(reference.path("oracle").has(key)).as(key).isTrue();
            assertThat(reference.path("popularity").has(key)).as(key).isTrue();
        }
        double oracle = reference.path("oracle").path("recall@50").asDouble();
        double popularity = reference.path("popularity").path("recall@50").asDouble();
        assertThat(popularity).isGreaterThan(0.1);
        assertThat(oracle).isGreaterThanOrEqualTo(2 * popularity).isLessThan(0.95);
    }

    @Test
    void withoutAnEvaluatorTheReferenceHoldsTheSettingsOnly() throws IOException {
        new SyntheticLogGenerator().generate(GeneratorPreset.MOVIES_SMALL.settings(1).withSizes(50, 40, 4, 2), folder);
        JsonNode reference = new ObjectMapper().readTree(folder.resolve("reference.json").toFile());
        assertThat(reference.path("settings").path("queries").asInt()).isEqualTo(50);
        assertThat(reference.has("oracle")).isFalse();
    }
}
