package io.towerlab.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecDefaultsTest {

    private final HyperparameterRegistry registry = HyperparameterRegistry.standard();

    @Test
    void absentFieldsTakeTheRegistryDefaults() throws SpecException {
        ExperimentSpec spec = new SpecReader().read(SpecFixtures.MINIMAL, "minimal.json");

        assertThat(spec.similarity().type().jsonName()).isEqualTo(registry.get("similarity.type").defaultValue());
        assertThat(spec.similarity().temperature()).isEqualTo(registry.get("similarity.temperature").defaultValue());
        assertThat(spec.loss().type().jsonName()).isEqualTo(registry.get("loss.type").defaultValue());
        assertThat(spec.negatives().count()).isEqualTo(registry.get("negatives.count").defaultValue());
        assertThat(spec.negatives().alpha()).isEqualTo(registry.get("negatives.alpha").defaultValue());
        assertThat(spec.optimizer().lr()).isEqualTo(registry.get("optimizer.lr").defaultValue());
        assertThat(spec.training().batchSize()).isEqualTo(registry.get("training.batchSize").defaultValue());
        assertThat(spec.training().device()).isEqualTo(registry.get("training.device").defaultValue());
        assertThat(spec.evaluation().ks()).isEqualTo(registry.get("evaluation.ks").defaultValue());
        assertThat(((IdEncoderSpec) spec.queryTower().inputs().get(0)).dim())
                .isEqualTo(registry.get("inputs.id.dim").defaultValue());
    }

    @Test
    void theDefaultRecipeIsCosineFpsWithoutOptionalSections() throws SpecException {
        ExperimentSpec spec = new SpecReader().read(SpecFixtures.MINIMAL, "minimal.json");

        assertThat(spec.similarity()).isEqualTo(new SimilaritySpec(SimilarityType.COSINE, 0.05, false, 100.0));
        assertThat(spec.loss()).isEqualTo(new LossSpec(LossType.FPS, 0.5, false, false, false));
        assertThat(spec.data()).isEqualTo(new DataSpec("clicks.csv", DataFormat.AUTO, null,
                new SplitSpec(SplitType.LEAVE_LAST_OUT, 0.1, 0.1, 3, 42, null, null)));
        assertThat(spec.training().earlyStopping()).isNull();
        assertThat(spec.description()).isEmpty();
    }

    @Test
    void defaultsOfALayerComeFromItsKindsEntries() throws SpecException {
        String json = SpecFixtures.edited(t -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) t.get("queryTower")).set("layers",
                    SpecFixtures.json("[{\"type\": \"dense\"}, {\"type\": \"dropout\"}, {\"type\": \"layernorm\"}]"));
            ((com.fasterxml.jackson.databind.node.ObjectNode) t.get("docTower")).set("layers",
                    SpecFixtures.json("[{\"type\": \"dense\"}]"));
        });

        ExperimentSpec spec = new SpecReader().read(json, "t");

        assertThat(spec.queryTower().layers()).containsExactly(new DenseLayerSpec(64, Activation.NONE),
                new DropoutLayerSpec(0.1), new LayerNormSpec());
    }

    @Test
    void explicitNullCountsAsAbsent() throws SpecException {
        String json = SpecFixtures.edited(t -> t.putObject("training").putNull("epochs").putNull("earlyStopping"));

        assertThat(new SpecReader().read(json, "t").training().epochs()).isEqualTo(10);
    }

    @Test
    void relativeDataPathResolvesAgainstTheSpecFolder() {
        DataSpec data = new DataSpec("../sample-data/movies-small", DataFormat.MANIFEST, null,
                new SplitSpec(SplitType.LEAVE_LAST_OUT, 0, 0, 3, 0, null, null));

        assertThat(data.resolve(Path.of("project", "experiments")))
                .isEqualTo(Path.of("project", "sample-data", "movies-small"));
        assertThat(new DataSpec(Path.of("abs").toAbsolutePath().toString(), DataFormat.AUTO, null, data.split())
                .resolve(Path.of("elsewhere"))).isEqualTo(Path.of("abs").toAbsolutePath());
    }

    @Test
    void metricNamesParseWithAndWithoutCutOff() {
        assertThat(MetricName.parse("recall@50")).hasValueSatisfying(m -> assertThat(m.k()).hasValue(50));
        assertThat(MetricName.parse("mrr")).hasValueSatisfying(m -> assertThat(m.higherIsBetter()).isTrue());
        assertThat(MetricName.parse("loss")).hasValueSatisfying(m -> assertThat(m.higherIsBetter()).isFalse());
        assertThat(List.of("recall", "mrr@5", "recal@5", "ndcg@", "ndcg@x")).allSatisfy(
                text -> assertThat(MetricName.parse(text)).isEmpty());
    }
}
