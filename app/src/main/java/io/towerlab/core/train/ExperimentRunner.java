package io.towerlab.core.train;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunStatus;
import io.towerlab.core.store.RunStore;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one experiment into a store: creates the run folder, writes the spec and provenance, trains
 * while recording metrics and heartbeats, saves the best weights, and writes the final status with
 * the test metrics beside the popularity baseline. A failure still leaves a FAILED status.
 */
public final class ExperimentRunner {
    private final RunStore store;

    public ExperimentRunner(RunStore store) {
        this.store = store;
    }

    /** A finished run: where it is saved and how it ended. */
    public record Outcome(RunFolder folder, TrainingResult result) {
    }

    public Outcome run(ExperimentSpec spec, String effectiveSpecJson, ExperimentData.Loaded data,
                       TrainingListener listener, CancelToken cancel) throws IOException {
        RunFolder folder = store.create(spec.name());
        folder.writeSpec(effectiveSpecJson);
        folder.writeProvenance(provenance(spec, data));
        folder.writeStatus(new RunStatus("RUNNING", null, Instant.now().toString(), 0, null, null, null));
        RunRecorder recorder = new RunRecorder(folder, 10);
        TrainingListener both = new TeeListener(List.of(recorder, listener));
        try (TrainedModel trained = new TwoTowerTrainer(spec, data.dataset(), data.split()).train(both, cancel)) {
            TrainingResult result = trained.result();
            if (result.metrics() != null) {
                ModelCheckpoint.save(trained.model().parameters(), folder.checkpoints().resolve("best"));
            }
            folder.writeStatus(new RunStatus(result.status().name(), result.message(), Instant.now().toString(),
                    result.epochsRun(), result.bestEpoch(), values(result.metrics()), values(result.baseline())));
            return new Outcome(folder, result);
        } catch (RuntimeException | Error e) {
            folder.writeStatus(new RunStatus("FAILED", String.valueOf(e.getMessage()), Instant.now().toString(),
                    null, null, null, null));
            throw e;
        }
    }

    private static Map<String, Double> values(MetricSet metrics) {
        return metrics == null ? null : metrics.values();
    }

    private static Map<String, Object> provenance(ExperimentSpec spec, ExperimentData.Loaded data) {
        ClickDataset dataset = data.dataset();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("dataset", Map.of(
                "path", data.path().toAbsolutePath().toString(),
                "format", dataset.source().format().name(),
                "sha256", String.valueOf(dataset.source().sha256()),
                "queries", dataset.queryCount(),
                "documents", dataset.documentCount(),
                "interactions", dataset.interactionCount()));
        p.put("split", Map.of("rule", data.split().rule(), "train", data.split().train().length,
                "valid", data.split().valid().length, "test", data.split().test().length));
        p.put("seed", spec.training().seed());
        p.put("device", spec.training().device());
        p.put("threads", EngineSetup.threadsFor(spec.training().threads()));
        p.put("versions", Versions.all());
        p.put("startTime", Instant.now().toString());
        return p;
    }
}
