package io.towerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On the search sample, whose test queries carry typos never seen in training, letter-trigram hashing
 * (DSSM) beats word embeddings on recall@10, and both beat popularity: a typo is an unknown word to the
 * token vocabulary but keeps most of its trigrams. Trained for one epoch each to keep the test short.
 */
class SearchSmallTextTowersTest {
    private static final Path EXPERIMENTS = Path.of("..", "experiments");
    private static final double MARGIN = 0.05;

    private static TrainingResult train(String file) throws Exception {
        Path path = EXPERIMENTS.resolve(file);
        ExperimentSpec spec = new SpecReader().read(path, List.of("training.epochs=1"));
        ExperimentData.Loaded data = ExperimentData.load(spec.data(),
                ExperimentData.resolve(spec, path.toAbsolutePath().getParent(), null));
        try (TrainedModel trained = new TwoTowerTrainer(spec, data.dataset(), data.split())
                .train(TrainingListener.NONE, new CancelToken())) {
            assertThat(trained.result().status()).isEqualTo(TrainingStatus.COMPLETED);
            return trained.result();
        }
    }

    @Test
    void trigramHashingBeatsTokenEmbeddingsOnUnseenTyposAndBothBeatPopularity() throws Exception {
        TrainingResult trigrams = train("search-small-dssm.json");
        TrainingResult tokens = train("search-small-tokens.json");

        double popularity = trigrams.baseline().get("recall@10");
        assertThat(trigrams.metrics().get("recall@10")).isGreaterThan(tokens.metrics().get("recall@10") + MARGIN);
        assertThat(tokens.metrics().get("recall@10")).isGreaterThan(popularity + MARGIN);
    }
}
