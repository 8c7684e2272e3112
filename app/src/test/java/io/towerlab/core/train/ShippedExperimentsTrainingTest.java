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
import io.towerlab.core.spec.SpecWriter;
import io.towerlab.core.store.RunStore;
import org.junit.jupiter.api.io.TempDir;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped experiment on the movies sample trains and beats the popularity baseline on
 * recall@50 by a clear margin; FPS with the logQ correction reaches two thirds of the oracle, and
 * the correction is what lifts in-batch training above its popularity-biased self; fine-tuning a
 * pretrained run keeps what pretraining gained.
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

    @TempDir
    static Path store;

    /**
     * Trains a shipped experiment into a store shared by the class, so that a fine-tuning spec
     * ({@code init.run = latest:NAME}) finds its parent; parents sort before their children.
     */
    private static synchronized TrainingResult train(String file) {
        TrainingResult known = RESULTS.get(file);
        if (known != null) {
            return known;
        }
        try {
            Path path = EXPERIMENTS.resolve(file);
            ExperimentSpec spec = new SpecReader().read(path);
            if (spec.init() != null) {
                train(spec.init().run().substring("latest:".length()) + ".json");
            }
            ExperimentData.Loaded data = ExperimentData.load(spec.data(),
                    ExperimentData.resolve(spec, path.toAbsolutePath().getParent(), null));
            TrainingResult result = new ExperimentRunner(new RunStore(store)).run(spec, new SpecWriter().write(spec),
                    data, TrainingListener.NONE, new CancelToken()).result();
            RESULTS.put(file, result);
            return result;
        } catch (Exception e) {
            throw new AssertionError("could not train " + file, e);
        }
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

    @Test
    void fineTuningWithPairCeStartsFromThePretrainedRunAndKeepsItsGain() {
        double fromScratch = train("movies-small-pairce.json").metrics().get("recall@50");
        double fineTuned = train("movies-small-pairce-finetune.json").metrics().get("recall@50");
        assertThat(fineTuned).isGreaterThan(fromScratch);
    }
}
