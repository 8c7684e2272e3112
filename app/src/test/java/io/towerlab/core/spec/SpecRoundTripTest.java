package io.towerlab.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecRoundTripTest {

    /** A spec with every field written out and every kind of input and layer used. */
    static final String FULL = """
            {
              "name": "full",
              "description": "every field",
              "data": {"path": "data/clicks.tsv", "format": "tsv", "minRelevance": 4.0,
                       "split": {"type": "temporal", "validFraction": 0.05, "testFraction": 0.15,
                                 "minInteractions": 5, "seed": 7, "validFrom": 1000, "testFrom": 2000}},
              "queryTower": {"inputs": [{"type": "id", "dim": 16},
                                        {"type": "categorical", "column": "segment", "dim": 8},
                                        {"type": "numeric", "column": "age"},
                                        {"type": "history", "dim": 32, "maxLength": 20, "pooling": "mean",
                                         "shareDocumentTable": true}],
                             "layers": [{"type": "dense", "units": 128, "activation": "gelu"},
                                        {"type": "dropout", "rate": 0.2},
                                        {"type": "layernorm"},
                                        {"type": "dense", "units": 48, "activation": "none"}],
                             "normalize": true},
              "docTower": {"inputs": [{"type": "id", "dim": 32}],
                           "layers": [{"type": "dense", "units": 48, "activation": "tanh"}],
                           "normalize": false},
              "similarity": {"type": "dot", "temperature": 0.5, "learnTemperature": true, "maxLogitScale": 50.0},
              "loss": {"type": "softmax", "margin": 0.3, "symmetric": false, "logQ": false,
                       "maskAccidentalHits": false},
              "negatives": {"sampler": "hard", "count": 8, "alpha": 0.5, "hardPoolSize": 50, "hardMix": 0.25},
              "optimizer": {"type": "adamw", "lr": 0.002, "weightDecay": 0.01, "clipGradNorm": 1.0, "momentum": 0.8},
              "training": {"epochs": 4, "batchSize": 256, "seed": 3, "device": "gpu:1", "threads": 2,
                           "earlyStopping": {"metric": "ndcg@10", "patience": 2}},
              "evaluation": {"ks": [10, 20, 50], "validEvery": 2, "metric": "recall@20"}
            }
            """;

    private final SpecReader reader = new SpecReader();
    private final SpecWriter writer = new SpecWriter();

    @Test
    void writingAFullyWrittenSpecGivesBackTheSameJson() throws SpecException {
        JsonNode original = SpecFixtures.json(FULL);

        JsonNode written = SpecFixtures.json(writer.write(reader.read(FULL, "full.json")));

        assertThat(written).isEqualTo(original);
    }

    @Test
    void writingFillsInTheDefaultsAndReadsBackEqual() throws SpecException {
        ExperimentSpec minimal = reader.read(SpecFixtures.MINIMAL, "minimal.json");

        String written = writer.write(minimal);

        assertThat(reader.read(written, "written.json")).isEqualTo(minimal);
        assertThat(SpecFixtures.json(written).at("/training/batchSize").intValue()).isEqualTo(1024);
        assertThat(written).contains("\"name\": \"minimal\"");
    }

    @Test
    void writesToAFileThatReadsBack(@TempDir Path dir) throws SpecException {
        ExperimentSpec spec = reader.read(FULL, "full.json");
        Path file = dir.resolve("spec.json");

        writer.write(spec, file);

        assertThat(reader.read(file)).isEqualTo(spec);
    }

    @Property(tries = 60)
    void anyValidSpecSurvivesWriteAndRead(@ForAll("specs") ExperimentSpec spec) throws SpecException {
        assertThat(reader.read(writer.write(spec), "generated.json")).isEqualTo(spec);
    }

    @Provide
    Arbitrary<ExperimentSpec> specs() {
        Arbitrary<Integer> dims = Arbitraries.integers().between(1, 256);
        Arbitrary<LossSpec> losses = Combinators.combine(
                Arbitraries.of(LossType.class), Arbitraries.doubles().between(0, 5).ofScale(3),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as((type, margin, a, b) ->
                new LossSpec(type, margin, type == LossType.FPS && a, type == LossType.FPS && b, type == LossType.FPS));
        Arbitrary<NegativesSpec> negatives = Combinators.combine(Arbitraries.of(SamplerType.UNIFORM,
                SamplerType.POPULARITY, SamplerType.HARD), Arbitraries.integers().between(1, 50),
                Arbitraries.doubles().between(0, 1).ofScale(2)).as((sampler, count, alpha) ->
                new NegativesSpec(sampler, count, alpha, 100, 0.5));
        Arbitrary<List<LayerSpec>> hidden = Arbitraries.oneOf(
                Arbitraries.of(Activation.class).map(a -> (LayerSpec) new DenseLayerSpec(32, a)),
                Arbitraries.doubles().between(0, 0.9).ofScale(2).map(r -> (LayerSpec) new DropoutLayerSpec(r)),
                Arbitraries.just((LayerSpec) new LayerNormSpec())).list().ofMaxSize(3);
        return Combinators.combine(dims, dims, losses, negatives, hidden, Arbitraries.integers().between(1, 5000),
                Arbitraries.longs().between(0, Long.MAX_VALUE), Arbitraries.strings().ofMinLength(1).ofMaxLength(20))
                .as((queryDim, docDim, loss, neg, layers, batch, seed, name) -> {
                    List<LayerSpec> withHead = new java.util.ArrayList<>(layers);
                    withHead.add(new DenseLayerSpec(24, Activation.NONE));
                    return new ExperimentSpec(name, "generated", new DataSpec("d.csv", DataFormat.CSV, null,
                            new SplitSpec(SplitType.RANDOM, 0.1, 0.2, 3, seed, null, null)),
                            new TowerSpec(List.of(new IdEncoderSpec(queryDim),
                                    new CategoricalEncoderSpec("segment", 4)), withHead, false),
                            new TowerSpec(List.of(new IdEncoderSpec(docDim)), List.of(new DenseLayerSpec(24,
                                    Activation.RELU)), true),
                            new SimilaritySpec(SimilarityType.DOT, 1.0, false, 100.0), loss, neg,
                            new OptimizerSpec(OptimizerType.SGD, 0.1, 0.0, 5.0, 0.9),
                            new TrainingSpec(3, Math.max(batch, 2), seed, "cpu", List.of(), 1, null),
                            new EvaluationSpec(List.of(10, 50), 1, "mrr"));
                });
    }
}
