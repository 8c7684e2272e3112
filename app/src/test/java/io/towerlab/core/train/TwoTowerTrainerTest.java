package io.towerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.split.SplitOptions;
import io.towerlab.core.data.split.Splitter;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecReader;
import java.util.ArrayList;
import java.util.List;
import io.towerlab.core.spec.SpecWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TwoTowerTrainerTest {
    private static final ClickDataset DATA = TinyClickLogs.grouped(300, 200, 10, 12, 7);
    private static final DatasetSplit SPLIT = new Splitter().split(DATA, SplitOptions.leaveLastOut());

    static ExperimentSpec spec(String loss, String sampler) throws Exception {
        String json = """
                {"name": "tiny", "data": {"path": "tiny", "split": {"type": "leave-last-out"}},
                 "queryTower": {"inputs": [{"type": "id", "dim": 16}]},
                 "docTower": {"inputs": [{"type": "id", "dim": 16}]},
                 "similarity": {"type": "cosine", "temperature": 0.1},
                 "loss": {"type": "%s"},
                 "negatives": {"sampler": "%s", "count": 8},
                 "optimizer": {"type": "adam", "lr": 0.02},
                 "training": {"epochs": 6, "batchSize": 128, "seed": 3},
                 "evaluation": {"ks": [10, 50], "metric": "recall@10"}}
                """.formatted(loss, sampler);
        return new SpecReader().read(json, "tiny.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fps", "softmax", "pairce", "triplet"})
    void everyLossLearnsThePlantedGroupsAndBeatsPopularity(String loss) throws Exception {
        List<EpochEvent> epochs = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onEpoch(EpochEvent event) {
                epochs.add(event);
            }
        };
        try (TrainedModel trained = new TwoTowerTrainer(spec(loss, "uniform"), DATA, SPLIT)
                .train(listener, new CancelToken())) {
            TrainingResult result = trained.result();
            assertThat(result.status()).isEqualTo(TrainingStatus.COMPLETED);
            assertThat(epochs).hasSize(6);
            assertThat(epochs.get(5).trainLoss()).isLessThan(epochs.get(0).trainLoss());
            // 20 documents per group: a model that found the groups puts the held-out one in the top 50
            assertThat(result.metrics().get("recall@50")).isGreaterThan(result.baseline().get("recall@50") + 0.3);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"popularity", "inbatch", "hard"})
    void everySamplerTrains(String sampler) throws Exception {
        try (TrainedModel trained = new TwoTowerTrainer(spec("softmax", sampler), DATA, SPLIT)
                .train(TrainingListener.NONE, new CancelToken())) {
            assertThat(trained.result().status()).isEqualTo(TrainingStatus.COMPLETED);
            assertThat(trained.result().metrics().get("recall@50"))
                    .isGreaterThan(trained.result().baseline().get("recall@50"));
        }
    }

    @Test
    void theSameSeedGivesTheSameMetrics() throws Exception {
        ExperimentSpec spec = spec("softmax", "popularity");
        double first;
        try (TrainedModel a = new TwoTowerTrainer(spec, DATA, SPLIT).train(TrainingListener.NONE, new CancelToken())) {
            first = a.result().metrics().get("ndcg@10");
        }
        try (TrainedModel b = new TwoTowerTrainer(spec, DATA, SPLIT).train(TrainingListener.NONE, new CancelToken())) {
            assertThat(b.result().metrics().get("ndcg@10")).isEqualTo(first);
        }
    }

    @Test
    void aLossThatBlowsUpStopsTheRunWithTheStepAndAFix() throws Exception {
        ExperimentSpec spec = new SpecReader().read(new SpecWriter().write(spec("softmax", "uniform")), "x",
                List.of("similarity.type=dot", "similarity.temperature=0.0001", "optimizer.type=sgd", "optimizer.lr=10"));
        try (TrainedModel run = new TwoTowerTrainer(spec, DATA, SPLIT).train(TrainingListener.NONE, new CancelToken())) {
            assertThat(run.result().status()).isEqualTo(TrainingStatus.DIVERGED);
            assertThat(run.result().message()).containsPattern("at epoch \\d+, step \\d+").contains("optimizer.lr");
            assertThat(run.result().metrics()).isNull();
        }
    }

    @Test
    void cancellingStopsAtABatchBoundaryAndKeepsTheBestWeightsSoFar() throws Exception {
        CancelToken cancel = new CancelToken();
        TrainingListener cancelInEpochTwo = new TrainingListener() {
            @Override
            public void onBatch(BatchEvent event) {
                if (event.epoch() == 2) {
                    cancel.cancel();
                }
            }
        };
        try (TrainedModel run = new TwoTowerTrainer(spec("fps", "uniform"), DATA, SPLIT).train(cancelInEpochTwo, cancel)) {
            assertThat(run.result().status()).isEqualTo(TrainingStatus.CANCELLED);
            assertThat(run.result().epochsRun()).isEqualTo(1);
            assertThat(run.result().bestEpoch()).isEqualTo(1);
            assertThat(run.result().metrics()).isNotNull();
        }
    }
}
