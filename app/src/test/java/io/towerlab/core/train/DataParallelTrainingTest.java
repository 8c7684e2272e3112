package io.towerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.split.SplitOptions;
import io.towerlab.core.data.split.Splitter;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A step split over two shards ({@code training.devices: ["cpu", "cpu"]}; PyTorch has one CPU device,
 * so both shards run on it, through the same device copies and gathers as on several GPUs) gives the
 * losses and weights of one-device training, up to the order of float sums.
 */
class DataParallelTrainingTest {
    private static final ClickDataset DATA = TinyClickLogs.grouped(60, 40, 4, 7, 11);
    private static final DatasetSplit SPLIT = new Splitter().split(DATA, SplitOptions.leaveLastOut());
    private static final double TOLERANCE = 1e-5;

    private static ExperimentSpec spec(String towersAndLoss, String devices) throws Exception {
        String json = """
                {"name": "split", "data": {"path": "tiny", "split": {"type": "leave-last-out"}},
                 %s,
                 "optimizer": {"type": "adam", "lr": 0.01},
                 "training": {"epochs": 1, "batchSize": 64, "seed": 5%s},
                 "evaluation": {"ks": [10], "metric": "recall@10"}}
                """.formatted(towersAndLoss, devices == null ? "" : ", \"devices\": " + devices);
        return new SpecReader().read(json, "split.json");
    }

    @Test
    void fpsWithLogQOnIdTowersEqualsOneDevice() throws Exception {
        String setup = """
                "queryTower": {"inputs": [{"type": "id", "dim": 8}]},
                "docTower": {"inputs": [{"type": "id", "dim": 8}]},
                "similarity": {"type": "dot", "temperature": 0.5, "learnTemperature": true},
                "loss": {"type": "fps", "logQ": true, "symmetric": true}""";
        assertSameTraining(setup);
    }

    @Test
    void sampledSoftmaxOnTowersWithDenseLayersAndASharedHistoryTableEqualsOneDevice() throws Exception {
        String setup = """
                "queryTower": {"inputs": [{"type": "id", "dim": 8},
                    {"type": "history", "dim": 8, "maxLength": 5, "pooling": "mean", "shareDocumentTable": true}],
                  "layers": [{"type": "dense", "units": 8, "activation": "relu"}, {"type": "dense", "units": 8}]},
                "docTower": {"inputs": [{"type": "id", "dim": 8}], "layers": [{"type": "dense", "units": 8}]},
                "similarity": {"type": "cosine", "temperature": 0.2},
                "loss": {"type": "softmax"},
                "negatives": {"sampler": "uniform", "count": 4}""";
        assertSameTraining(setup);
    }

    private static void assertSameTraining(String setup) throws Exception {
        Trained one = train(spec(setup, null));
        Trained split = train(spec(setup, "[\"cpu\", \"cpu\"]"));
        assertThat(split.device).isEqualTo("CPU × 2 (split step)");
        assertThat(one.losses).hasSizeGreaterThanOrEqualTo(4).hasSameSizeAs(split.losses);
        for (int i = 0; i < one.losses.size(); i++) {
            assertThat((double) split.losses.get(i)).as("loss of step " + (i + 1)).isCloseTo(one.losses.get(i), within(TOLERANCE));
        }
        assertThat(split.weights.keySet()).isEqualTo(one.weights.keySet());
        one.weights.forEach((name, expected) -> {
            float[] actual = split.weights.get(name);
            assertThat(actual).as(name).hasSameSizeAs(expected);
            for (int i = 0; i < expected.length; i++) {
                assertThat((double) actual[i]).as(name + "[" + i + "]").isCloseTo(expected[i], within(TOLERANCE));
            }
        });
    }

    private record Trained(List<Float> losses, Map<String, float[]> weights, String device) {
    }

    private static Trained train(ExperimentSpec spec) {
        List<Float> losses = new ArrayList<>();
        String[] device = new String[1];
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onStart(TrainingStart start) {
                device[0] = start.device();
            }

            @Override
            public void onBatch(BatchEvent event) {
                losses.add(event.loss());
            }
        };
        try (TrainedModel trained = new TwoTowerTrainer(spec, DATA, SPLIT).train(listener, new CancelToken())) {
            assertThat(trained.result().status()).isEqualTo(TrainingStatus.COMPLETED);
            Map<String, float[]> weights = new LinkedHashMap<>();
            for (Map.Entry<String, NDArray> e : trained.model().parameters().namedValues().entrySet()) {
                weights.put(e.getKey(), e.getValue().toFloatArray());
            }
            return new Trained(losses, weights, device[0]);
        }
    }
}
