package io.towerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped experiment on the movies sample trains and beats the popularity baseline on
 * recall@50 by a clear margin; FPS with the logQ correction reaches two thirds of the oracle, and
 * the correction is what lifts in-batch training above its popularity-biased self.
 */
class ShippedExperimentsTrainingTest {
    private static final Path EXPERIMENTS = Path.of("..", "experiments");
    private static final double MARGIN = 0.04;
    private static final Map<String, TrainingResult> RESULTS = new ConcurrentHashMap<>();

    static Stream<String> experiments() throws Exception {
        try (Stream<Path> files = Files.list(EXPERIMENTS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("movies-small-") && n.endsWith(".json")).sorted().toList()
                    .stream();
        }
    }

    private static TrainingResult train(String file) {
        return RESULTS.computeIfAbsent(file, f -> {
            try {
                Path path = EXPERIMENTS.resolve(f);
                ExperimentSpec spec = new SpecReader().read(path);
                ExperimentData.Loaded data = ExperimentData.load(spec.data(),
                        ExperimentData.resolve(spec, path.toAbsolutePath().getParent(), null));
                try (TrainedModel trained = new TwoTowerTrainer(spec, data.dataset(), data.split())
                        .train(TrainingListener.NONE, new CancelToken())) {
                    return trained.result();
                }
            } catch (Exception e) {
                throw new AssertionError("could not train " + f, e);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("experiments")
    void beatsPopularityOnRecallAt50(String file) {
        TrainingResult result = train(file);
        assertThat(result.status()).isEqualTo(TrainingStatus.COMPLETED);
        assertThat(result.metrics().get("recall@50")).as(file)
                .isGreaterThan(result.baseline().get("recall@50") + MARGIN);
    }

    @Test
    void fpsWithLogQReachesTwoThirdsOfTheOracle() throws Exception {
        JsonNode reference = new ObjectMapper().readTree(
                Path.of("..", "sample-data", "movies-small", "reference.json").toFile());
        double oracle = reference.get("oracle").get("recall@50").asDouble();
        assertThat(train("movies-small-fps-logq.json").metrics().get("recall@50"))
                .isGreaterThanOrEqualTo(2.0 / 3.0 * oracle);
    }

    @Test
    void theLogQCorrectionLiftsInBatchTrainingOnPopularitySkewedClicks() {
        double plain = train("movies-small-fps.json").metrics().get("recall@50");
        double corrected = train("movies-small-fps-logq.json").metrics().get("recall@50");
        assertThat(corrected).isGreaterThan(plain + 0.1);
    }
}
