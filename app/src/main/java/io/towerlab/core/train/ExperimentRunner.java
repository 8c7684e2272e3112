package io.towerlab.core.train;

import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.store.Checkpoints;
import io.towerlab.core.store.Embeddings;
import io.towerlab.core.store.MetricsLog;
import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunReader;
import io.towerlab.core.store.RunState;
import io.towerlab.core.store.RunStatus;
import io.towerlab.core.store.RunStore;
import io.towerlab.core.store.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one experiment into a store: creates the run folder, writes the spec, provenance and
 * summary, trains while recording metrics, heartbeats and a checkpoint per epoch, then saves the
 * best weights and the document vectors and writes the final status with the test metrics beside
 * the popularity baseline. A failure still leaves a FAILED status. A crashed or cancelled run
 * continues from its last checkpoint with {@link #resume}.
 */
public final class ExperimentRunner {
    private static final int EMBED_BLOCK = 4096;
    private final RunStore store;
    private final RunReader reader;

    public ExperimentRunner(RunStore store) {
        this(store, new RunReader(store));
    }

    /** A runner whose reader decides when a RUNNING run counts as crashed (and may be resumed). */
    public ExperimentRunner(RunStore store, RunReader reader) {
        this.store = store;
        this.reader = reader;
    }

    /** A finished run: where it is saved and how it ended. */
    public record Outcome(RunFolder folder, TrainingResult result) {
    }

    public Outcome run(ExperimentSpec spec, String effectiveSpecJson, ExperimentData.Loaded data,
                       TrainingListener listener, CancelToken cancel) throws IOException {
        FineTuning fineTuning = FineTuning.of(spec, reader);
        RunFolder folder = store.create(spec.name(), (initial, id) -> {
            initial.writeSpec(effectiveSpecJson);
            initial.writeProvenance(RunDescription.provenance(spec, data,
                    fineTuning == null ? null : fineTuning.parent()));
            writeIds(initial, data);
            initial.writeSummary(RunSummary.started(id, spec.name(), spec.loss().type().name(),
                    RunDescription.keyHyperparameters(spec), spec.training().device(),
                    fineTuning == null ? null : fineTuning.parentId(), Instant.now()));
            initial.writeStatus(new RunStatus("CREATED", null, Instant.now().toString(), 0, null, null, null));
        });
        TrainingSession session = new TrainingSession(null, null, new RunCheckpointer(folder), null, null);
        if (fineTuning != null) {
            session = session.withInitializer(model -> fineTuning.initialize(model, data.dataset(), listener),
                    fineTuning.frozenParameters());
        }
        return execute(folder, spec, data, listener, cancel, session, new RunRecorder(folder, 10, 0, null));
    }

    /**
     * Continues a crashed or cancelled run from {@code checkpoints/last} (or from the start when it has
     * none): metrics logged after that checkpoint's step are dropped first, so no step appears twice.
     */
    public Outcome resume(RunFolder folder, ExperimentData.Loaded data, TrainingListener listener, CancelToken cancel)
            throws IOException, SpecException {
        RunSummary summary = reader.summary(folder);
        if (!summary.state().isResumable() && summary.state() != RunState.FAILED) {
            throw new IllegalArgumentException("run " + folder.id() + " is " + summary.state()
                    + (summary.state() == RunState.RUNNING ? " (its heartbeat is recent: it is still training)"
                    : "; only a crashed, cancelled or failed run can be resumed"));
        }
        ExperimentSpec spec = new SpecReader().read(folder.readSpec(), folder.path().resolve("spec.json").toString());
        Checkpoints.recover(RunCheckpointer.last(folder));
        Checkpoints.recover(RunCheckpointer.best(folder));
        boolean hasLast = Files.isDirectory(RunCheckpointer.last(folder));
        long step = hasLast ? TrainingCheckpoint.state(RunCheckpointer.last(folder)).step() : 0;
        int dropped = MetricsLog.truncateAfter(folder.metricsFile(), step);
        listener.onMessage("resuming run " + folder.id() + (hasLast ? " after step " + step : " from the start")
                + (dropped > 0 ? " (" + dropped + " metric lines past that step dropped)" : ""));
        recordResume(folder, step);
        TrainingSession session = new TrainingSession(hasLast ? RunCheckpointer.last(folder) : null,
                RunCheckpointer.best(folder), new RunCheckpointer(folder), null,
                FineTuning.frozenFromSpec(spec));
        RunStatus previous = readStatusOrNull(folder);
        return execute(folder, spec, data, listener, cancel, session, new RunRecorder(folder, 10,
                previous == null || previous.bestEpoch() == null ? 0 : previous.bestEpoch(),
                previous == null ? null : previous.bestMetrics()));
    }

    Outcome execute(RunFolder folder, ExperimentSpec spec, ExperimentData.Loaded data,
                            TrainingListener listener, CancelToken cancel, TrainingSession session,
                            RunRecorder recorder) throws IOException {
        folder.writeStatus(new RunStatus("RUNNING", null, Instant.now().toString(), 0, null, null, null));
        TrainingListener both = new TeeListener(List.of(recorder, listener));
        try (TrainedModel trained = new TwoTowerTrainer(spec, data.dataset(), data.split()).train(both, cancel,
                session)) {
            TrainingResult result = trained.result();
            if (result.metrics() != null) {
                ModelCheckpoint.save(trained.model().parameters(), RunCheckpointer.best(folder));
                saveEmbeddings(folder, trained, data);
                String notSaved = DocumentFeatures.write(folder.documentFeatures(), trained.model().documentTower());
                if (notSaved != null) {
                    both.onMessage("new documents cannot be embedded from their columns with this run: " + notSaved);
                }
            }
            folder.writeStatus(new RunStatus(result.status().name(), result.message(), Instant.now().toString(),
                    result.epochsRun(), result.bestEpoch(), values(result.metrics()), values(result.baseline()),
                    result.steps(), recorder.bestMetrics()));
            return new Outcome(folder, result);
        } catch (RuntimeException | Error e) {
            folder.writeStatus(new RunStatus("FAILED", String.valueOf(e.getMessage()), Instant.now().toString(),
                    null, null, null, null));
            throw e;
        }
    }

    private static void saveEmbeddings(RunFolder folder, TrainedModel trained, ExperimentData.Loaded data)
            throws IOException {
        int count = data.dataset().documentCount();
        int[] all = new int[count];
        for (int i = 0; i < count; i++) {
            all[i] = i;
        }
        List<String> ids = folder.readIds("documents");
        float[] vectors = trained.model().embed(trained.model().documentTower(), all, EMBED_BLOCK, trained.root());
        Embeddings.write(folder.embeddings(), trained.model().dim(), vectors, ids);
    }

    private static void writeIds(RunFolder folder, ExperimentData.Loaded data) throws IOException {
        var dataset = data.dataset();
        List<String> queries = new ArrayList<>(dataset.queryCount());
        for (int i = 0; i < dataset.queryCount(); i++) {
            queries.add(dataset.queries().idOf(i));
        }
        List<String> documents = new ArrayList<>(dataset.documentCount());
        for (int i = 0; i < dataset.documentCount(); i++) {
            documents.add(dataset.documents().idOf(i));
        }
        folder.writeIds("queries", queries);
        folder.writeIds("documents", documents);
    }

    private static void recordResume(RunFolder folder, long step) throws IOException {
        Map<String, Object> provenance = new LinkedHashMap<>(folder.readProvenance());
        List<Object> resumes = new ArrayList<>();
        if (provenance.get("resumes") instanceof List<?> earlier) {
            resumes.addAll(earlier);
        }
        resumes.add(Map.of("time", Instant.now().toString(), "fromStep", step));
        provenance.put("resumes", resumes);
        folder.writeProvenance(provenance);
    }

    private static RunStatus readStatusOrNull(RunFolder folder) {
        try {
            return folder.readStatus();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Map<String, Double> values(MetricSet metrics) {
        return metrics == null ? null : metrics.values();
    }
}
