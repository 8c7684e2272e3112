package io.towerlab.core.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.train.ExperimentData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A lab session on the shipped movies-small data: each step's matrix is the one its loss was computed from. */
class LabSessionTest {
    private static final Path EXPERIMENTS = Path.of("..", "experiments").toAbsolutePath().normalize();
    private static final List<String> SMALL = List.of("training.batchSize=16", "queryTower.inputs[0].dim=8",
            "docTower.inputs[0].dim=8", "negatives.count=5", "loss.maskAccidentalHits=true");
    private static ExperimentData.Loaded data;
    private static SpecReader reader = new SpecReader();

    @BeforeAll
    static void load() throws Exception {
        ExperimentSpec spec = spec(List.of());
        data = ExperimentData.load(spec.data(), spec.data().resolve(EXPERIMENTS));
    }

    @AfterAll
    static void drop() {
        data = null;
    }

    private static ExperimentSpec spec(List<String> more) throws Exception {
        List<String> all = new java.util.ArrayList<>(SMALL);
        all.addAll(more);
        return reader.read(EXPERIMENTS.resolve("movies-small-fps.json"), all);
    }

    @Test
    void eachStepShowsTheScoresItsLossWasComputedFrom() throws Exception {
        try (LabSession session = new LabSession(spec(List.of()), data.dataset(), data.split())) {
            LabBatch fps = session.step();
            assertThat(fps.rows()).isEqualTo(16);
            assertThat(fps.columns()).isEqualTo(16);
            assertThat(fps.weightedRowLoss()).isCloseTo(fps.loss(), within(1e-4));

            List<String> changes = session.reconfigure(spec(List.of("loss.type=softmax", "loss.maskAccidentalHits=false")));
            assertThat(changes).anyMatch(c -> c.contains("softmax"));
            LabBatch sampled = session.step();
            assertThat(sampled.lossType()).isEqualTo("softmax");
            assertThat(sampled.columns()).isEqualTo(6);
            assertThat(sampled.weightedRowLoss()).isCloseTo(sampled.loss(), within(1e-4));
            assertThat(sampled.step()).isEqualTo(2);
        }
    }

    @Test
    void changingTheTemperatureKeepsTheLearnedTowers() throws Exception {
        try (LabSession session = new LabSession(spec(List.of()), data.dataset(), data.split())) {
            for (int i = 0; i < 20; i++) {
                session.step();
            }
            double before = session.evaluate().get("recall@50");
            List<String> changes = session.reconfigure(spec(List.of("similarity.temperature=0.2")));
            assertThat(changes).anyMatch(c -> c.contains("kept"));
            assertThat(session.temperature()).isCloseTo(0.2f, within(1e-6f));
            assertThat(session.evaluate().get("recall@50")).isCloseTo(before, within(1e-9));
        }
    }
}
