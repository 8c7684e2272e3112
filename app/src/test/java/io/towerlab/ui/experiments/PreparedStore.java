package io.towerlab.ui.experiments;

import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.spec.SpecWriter;
import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunReader;
import io.towerlab.core.store.RunStore;
import io.towerlab.core.store.RunSummary;
import io.towerlab.core.train.CancelToken;
import io.towerlab.core.train.ExperimentData;
import io.towerlab.core.train.ExperimentRunner;
import io.towerlab.core.train.TrainingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A store with small trained runs for the comparison panels' tests: a dataset of 120 users who click
 * inside one of four categories of 48 titled documents, and runs of an ID two-tower trained on it for a
 * few epochs (about a second each).
 */
final class PreparedStore {
    static final int CATEGORIES = 4;
    static final int DOCUMENTS = 48;

    private PreparedStore() {
    }

    /** Writes the dataset under {@code dir} and trains one run per loss into {@code dir/runs}. */
    static List<SelectedRun> create(Path dir, String... losses) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        StringBuilder documents = new StringBuilder("item_id,category,title\n");
        for (int d = 0; d < DOCUMENTS; d++) {
            documents.append("i").append(d).append(",cat-").append(d % CATEGORIES).append(",Title ").append(d)
                    .append(" of cat-").append(d % CATEGORIES).append('\n');
        }
        StringBuilder clicks = new StringBuilder("user_id,item_id,relevance,timestamp\n");
        SplittableRandom random = new SplittableRandom(5);
        long t = 1_700_000_000L;
        for (int u = 0; u < 120; u++) {
            int category = random.nextInt(CATEGORIES);
            for (int c = 0; c < 8; c++) {
                int d = category + CATEGORIES * random.nextInt(DOCUMENTS / CATEGORIES);
                clicks.append("u").append(u).append(",i").append(d).append(",1,").append(t++).append('\n');
            }
        }
        Files.writeString(data.resolve("documents.csv"), documents);
        Files.writeString(data.resolve("interactions.csv"), clicks);
        Files.writeString(data.resolve("dataset.json"), """
                {"format": "towerlab-dataset/1", "name": "panels-test",
                 "interactions": {"file": "interactions.csv", "query": "user_id", "document": "item_id",
                                  "relevance": "relevance", "timestamp": "timestamp"},
                 "documents": {"file": "documents.csv", "id": "item_id", "categorical": ["category"],
                               "text": ["title"]}}
                """);
        RunStore store = new RunStore(dir.resolve("runs"));
        for (String loss : losses) {
            ExperimentSpec spec = new SpecReader().read("""
                    {"name": "panels %s", "data": {"path": "data", "format": "manifest",
                      "split": {"type": "leave-last-out"}},
                     "queryTower": {"inputs": [{"type": "id", "dim": 8}]},
                     "docTower": {"inputs": [{"type": "id", "dim": 8}]},
                     "similarity": {"type": "cosine", "temperature": 0.1},
                     "loss": {"type": "%s"},%s
                     "optimizer": {"lr": 0.03},
                     "training": {"epochs": 4, "batchSize": 64},
                     "evaluation": {"ks": [5, 10], "metric": "recall@10"}}
                    """.formatted(loss, loss, loss.equals("fps") ? ""
                    : "\n \"negatives\": {\"sampler\": \"uniform\", \"count\": 5},"), "spec.json");
            ExperimentData.Loaded loaded = ExperimentData.load(spec.data(), data);
            new ExperimentRunner(store).run(spec, new SpecWriter().write(spec), loaded, new TrainingListener() { },
                    new CancelToken());
        }
        List<SelectedRun> runs = new ArrayList<>();
        for (RunSummary s : new RunReader(store).list()) {
            runs.add(new SelectedRun(s, new RunFolder(store.root().resolve(s.id())), runs.size()));
        }
        return runs;
    }
}
