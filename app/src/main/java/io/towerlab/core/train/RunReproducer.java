package io.towerlab.core.train;

import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.InitSpec;
import io.towerlab.core.spec.SpecWriter;
import io.towerlab.core.store.RunStatus;
import io.towerlab.core.store.RunStore;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Re-runs a saved run from its stored spec and provenance into a new run, and compares the test
 * metrics of the two. A fine-tuned run is reproduced from the same parent run it recorded.
 */
public final class RunReproducer {
    private final RunStore store;

    public RunReproducer(RunStore store) {
        this.store = store;
    }

    /** One metric of the original run and of the reproduction. */
    public record MetricDelta(Double original, Double reproduced) {
        public Double difference() {
            return original == null || reproduced == null ? null : reproduced - original;
        }
    }

    /** The new run and how far its metrics are from the original's. */
    public record Comparison(String originalId, ExperimentRunner.Outcome reproduction, Map<String, MetricDelta> metrics,
                             String datasetNote) {
        public double maxAbsoluteDifference() {
            return metrics.values().stream().map(MetricDelta::difference).filter(d -> d != null)
                    .mapToDouble(Math::abs).max().orElse(Double.NaN);
        }
    }

    @SuppressWarnings("unchecked")
    public Comparison reproduce(SavedRun saved, TrainingListener listener, CancelToken cancel) throws IOException {
        ExperimentSpec spec = saved.spec();
        if (spec.init() != null && saved.folder().readProvenance().get("parent") instanceof Map<?, ?> parent
                && parent.get("run") instanceof String parentId) {
            InitSpec init = new InitSpec(parentId, spec.init().towers(), spec.init().freeze());
            spec = new ExperimentSpec(spec.name(), spec.description(), spec.data(), spec.queryTower(), spec.docTower(),
                    spec.similarity(), spec.loss(), spec.negatives(), spec.optimizer(), spec.training(),
                    spec.evaluation(), init);
        }
        RunStatus original = saved.folder().readStatus();
        ExperimentRunner.Outcome outcome = new ExperimentRunner(store).run(spec, new SpecWriter().write(spec),
                saved.data(), listener, cancel);
        Map<String, MetricDelta> deltas = new LinkedHashMap<>();
        Map<String, Double> before = original.metrics() == null ? Map.of() : original.metrics();
        Map<String, Double> after = outcome.result().metrics() == null ? Map.of() : outcome.result().metrics().values();
        before.forEach((name, value) -> deltas.put(name, new MetricDelta(value, after.get(name))));
        after.forEach((name, value) -> deltas.putIfAbsent(name, new MetricDelta(null, value)));
        return new Comparison(saved.folder().id(), outcome, deltas, saved.datasetChange());
    }
}
