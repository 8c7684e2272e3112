package io.towerlab.core.lab;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.training.GradientCollector;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.PositiveSets;
import io.towerlab.core.data.SplitRole;
import io.towerlab.core.eval.EmbeddingMatrix;
import io.towerlab.core.eval.EvalTargets;
import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.eval.RetrievalEvaluator;
import io.towerlab.core.loss.sampling.HardNegativeSampler;
import io.towerlab.core.loss.sampling.SamplingProbabilities;
import io.towerlab.core.model.GatheredRows;
import io.towerlab.core.model.HistoryIndex;
import io.towerlab.core.model.ModelBuilder;
import io.towerlab.core.model.Tower;
import io.towerlab.core.model.TwoTowerModel;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.HistoryEncoderSpec;
import io.towerlab.core.train.BatchPlan;
import io.towerlab.core.train.BatchPlanner;
import io.towerlab.core.train.EngineGate;
import io.towerlab.core.train.EngineSetup;
import io.towerlab.core.train.Objective;
import io.towerlab.core.train.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A small two-tower model trained one batch at a time, on demand: each {@link #step()} trains one
 * batch exactly as the trainer does (same scoring, loss, gradient and optimizer code) and returns
 * what the loss saw as a {@link LabBatch}. {@link #reconfigure} applies a changed spec to the next
 * batches and keeps the learned tower weights wherever the towers stay the same.
 *
 * <p>Not thread-safe: one thread at a time (any thread; each step prepares its thread's gradient
 * mode through {@link EngineGate}).
 */
public final class LabSession implements AutoCloseable {
    /** Hard negatives are re-mined from the current model every this many steps. */
    static final int HARD_REFRESH_STEPS = 50;
    private static final int EMBED_BLOCK = 4096;

    private final ClickDataset dataset;
    private final DatasetSplit split;
    private final PositiveSets trainPositives;
    private final int[] clickCounts;
    private final NDManager root;
    private final SplittableRandom random;
    private ExperimentSpec spec;
    private LabParts parts;
    private TwoTowerModel model;
    private Optimizer optimizer;
    private int[][] batches = new int[0][];
    private int nextBatch;
    private int epoch;
    private long lastHardRefresh = Long.MIN_VALUE;
    private EvalTargets targets;

    public LabSession(ExperimentSpec spec, ClickDataset dataset, DatasetSplit split) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.dataset = dataset;
        this.split = split;
        if (split.train().length == 0) {
            throw new IllegalArgumentException("the split of " + dataset.name() + " has no training rows");
        }
        EngineSetup.configure(spec.training().threads());
        Engine.getInstance().setRandomSeed((int) spec.training().seed());
        EngineGate.prepareThread();
        this.trainPositives = PositiveSets.of(dataset.interactions(), split.train(), dataset.queryCount());
        this.clickCounts = SamplingProbabilities.clickCounts(dataset.interactions(), split.train(),
                dataset.documentCount());
        this.random = new SplittableRandom(spec.training().seed());
        this.root = NDManager.newBaseManager(EngineSetup.device(spec.training().device()));
        try {
            this.model = buildModel(spec);
            this.parts = LabParts.of(spec, trainPositives, clickCounts);
            this.optimizer = new Optimizer(LabParts.optimizerSettings(spec));
        } catch (RuntimeException e) {
            root.close();
            throw e;
        }
    }

    public ExperimentSpec spec() {
        return spec;
    }

    public ClickDataset dataset() {
        return dataset;
    }

    /** Optimizer steps taken so far. */
    public long steps() {
        return optimizer.step();
    }

    /** The current temperature τ (learned or fixed). */
    public float temperature() {
        return model.currentTemperature();
    }

    /** Trains the next batch and returns what its loss saw. */
    public LabBatch step() {
        EngineGate.prepareThread();
        refreshHardNegatives();
        BatchPlan plan = planner().plan(epoch, nextRows(), random);
        Objective objective = parts.objective();
        try (NDManager batch = model.parameters().manager().newSubManager(); NDScope scope = new NDScope()) {
            GatheredRows rows = GatheredRows.gather(plan.rowIds(), batch, true);
            Objective.Scores[] scores = new Objective.Scores[1];
            NDArray loss = EngineGate.collect(() -> {
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    scores[0] = objective.scores(model, plan, rows, batch, true);
                    NDArray value = objective.loss(scores[0]);
                    collector.backward(value);
                    return value;
                }
            });
            float value = loss.getFloat();
            if (Float.isFinite(value)) {
                optimizer.apply(model.parameters().denseParameters(), rows);
            }
            return describe(plan, scores[0], value, optimizer.step());
        }
    }

    private LabBatch describe(BatchPlan plan, Objective.Scores s, float loss, long step) {
        float tau = model.currentTemperature();
        if (s.inBatch() != null) {
            return LabScores.fps(step, s.inBatch().toFloatArray(), plan.weights(), plan.positives(), plan.queries(),
                    plan.logQ(), parts.fpsOptions(), loss, tau);
        }
        int b = plan.size();
        int k = plan.negativesPerRow();
        int[] cells = new int[b * (k + 1)];
        for (int i = 0; i < b; i++) {
            cells[i * (k + 1)] = plan.positives()[i];
            for (int j = 0; j < k; j++) {
                cells[i * (k + 1) + 1 + j] = plan.documents()[(int) plan.negativeLocal()[i * k + j]];
            }
        }
        return LabScores.sampled(step, spec.loss().type().name().toLowerCase(java.util.Locale.ROOT),
                s.positive().toFloatArray(), s.negative().toFloatArray(), plan.weights(), cells, plan.queries(),
                (float) spec.loss().margin(), loss, tau);
    }

    private BatchPlanner planner() {
        return new BatchPlanner(model, dataset.interactions(), dataset.documentCount(), parts.sampler(),
                spec.negatives().count(), parts.documentLogQ());
    }

    private int[] nextRows() {
        if (nextBatch >= batches.length) {
            epoch++;
            int[] rows = split.train().clone();
            for (int i = rows.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = rows[i];
                rows[i] = rows[j];
                rows[j] = t;
            }
            batches = BatchPlanner.batches(rows, Math.min(spec.training().batchSize(), rows.length));
            nextBatch = 0;
        }
        return batches[nextBatch++];
    }

    private void refreshHardNegatives() {
        if (parts.sampler() instanceof HardNegativeSampler hard && optimizer.step() - lastHardRefresh >= HARD_REFRESH_STEPS) {
            hard.refresh(vectors(model.queryTower(), dataset.queryCount()).data(),
                    vectors(model.documentTower(), dataset.documentCount()).data(), model.dim());
            lastHardRefresh = optimizer.step();
        }
    }

    /**
     * Applies a changed spec to the next batches and says, one line each, what was rebuilt. A change of
     * similarity or towers rebuilds the model, copying every parameter whose name and shape are kept;
     * a change of loss or negatives rebuilds the loss and sampler; an optimizer change restarts its moments.
     */
    public List<String> reconfigure(ExperimentSpec next) {
        List<String> changes = new ArrayList<>();
        EngineGate.prepareThread();
        boolean modelChanged = !next.similarity().equals(spec.similarity()) || !next.queryTower().equals(spec.queryTower())
                || !next.docTower().equals(spec.docTower());
        if (modelChanged) {
            TwoTowerModel rebuilt = buildModel(next);
            int copied = LabParts.copyWeights(model, rebuilt);
            model.close();
            model = rebuilt;
            changes.add("model rebuilt for the new similarity or towers; " + copied + " parameter arrays kept");
        }
        if (modelChanged || !next.optimizer().equals(spec.optimizer())) {
            long step = optimizer.step();
            optimizer = new Optimizer(LabParts.optimizerSettings(next));
            optimizer.setStep(step);
            changes.add("optimizer restarted (its moment estimates start again)");
        }
        if (!next.loss().equals(spec.loss()) || !next.negatives().equals(spec.negatives())) {
            parts = LabParts.of(next, trainPositives, clickCounts);
            lastHardRefresh = Long.MIN_VALUE;
            changes.add("loss now " + next.loss().type().name().toLowerCase(java.util.Locale.ROOT)
                    + (parts.sampler() == null ? " over the in-batch matrix" : " with K = " + next.negatives().count()
                    + " " + next.negatives().sampler().name().toLowerCase(java.util.Locale.ROOT) + " negatives"));
        }
        if (next.training().batchSize() != spec.training().batchSize()) {
            nextBatch = batches.length;
            changes.add("batch size now " + next.training().batchSize());
        }
        spec = next;
        return changes;
    }

    /** Metrics of the current weights on the validation part (the test part when there is none). */
    public MetricSet evaluate() {
        EngineGate.prepareThread();
        if (targets == null) {
            targets = EvalTargets.from(dataset, split, split.valid().length > 0 ? SplitRole.VALID : SplitRole.TEST);
        }
        int[] ks = spec.evaluation().ks().stream().mapToInt(Integer::intValue).toArray();
        return RetrievalEvaluator.forCatalogue(root, dataset.documentCount()).evaluate(
                vectors(model.queryTower(), dataset.queryCount()),
                vectors(model.documentTower(), dataset.documentCount()), targets, ks);
    }

    private EmbeddingMatrix vectors(Tower tower, int count) {
        int[] all = new int[count];
        for (int i = 0; i < count; i++) {
            all[i] = i;
        }
        return new EmbeddingMatrix(count, model.dim(), model.embed(tower, all, EMBED_BLOCK, root));
    }

    private TwoTowerModel buildModel(ExperimentSpec s) {
        boolean usesHistory = s.queryTower().inputs().stream().anyMatch(HistoryEncoderSpec.class::isInstance);
        HistoryIndex history = usesHistory
                ? HistoryIndex.of(dataset.interactions(), split.train(), dataset.queryCount()) : null;
        return new ModelBuilder(dataset, history, split.train()).build(s, root);
    }

    @Override
    public void close() {
        root.close();
    }
}
