package io.towerlab.core.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.PositiveSets;
import io.towerlab.core.data.SplitRole;
import io.towerlab.core.eval.EmbeddingMatrix;
import io.towerlab.core.eval.ApproximateRanking;
import io.towerlab.core.eval.EvalTargets;
import io.towerlab.core.eval.HnswIndex;
import io.towerlab.core.eval.IndexRecall;
import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.eval.PopularityBaseline;
import io.towerlab.core.eval.RetrievalEvaluator;
import io.towerlab.core.loss.FpsOptions;
import io.towerlab.core.loss.RankingLoss;
import io.towerlab.core.loss.sampling.HardNegativeSampler;
import io.towerlab.core.loss.sampling.InBatchSampler;
import io.towerlab.core.loss.sampling.NegativeSampler;
import io.towerlab.core.loss.sampling.PopularitySampler;
import io.towerlab.core.loss.sampling.SamplingProbabilities;
import io.towerlab.core.loss.sampling.UniformSampler;
import io.towerlab.core.model.GatheredRows;
import io.towerlab.core.model.HistoryIndex;
import io.towerlab.core.model.ModelBuilder;
import io.towerlab.core.model.Tower;
import io.towerlab.core.model.TwoTowerModel;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.HistoryEncoderSpec;
import io.towerlab.core.spec.LossSpec;
import io.towerlab.core.spec.LossType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Everything a run derives from its spec, dataset and split before the first step: the model, the
 * training positives, the sampler, the loss, the logQ table, the evaluator and the baseline.
 */
final class TrainingContext {
    private static final int EMBED_BLOCK = 4096;

    private final ExperimentSpec spec;
    private final ClickDataset dataset;
    private final DatasetSplit split;
    private final NDManager root;
    private final TwoTowerModel model;
    private final PositiveSets trainPositives;
    private final int[] clickCounts;
    private final NegativeSampler sampler;
    private final Objective objective;
    private final float[] documentLogQ;
    private final RetrievalEvaluator evaluator;
    private final PopularityBaseline popularity;
    private final Map<SplitRole, EvalTargets> targets = new EnumMap<>(SplitRole.class);
    /** Devices each training step is split over; 1 trains on {@code root}'s device alone. */
    private final int shards;

    TrainingContext(ExperimentSpec spec, ClickDataset dataset, DatasetSplit split, NDManager root) {
        this(spec, dataset, split, root, List.of(root.getDevice()));
    }

    /**
     * @param devices the devices of a step; the first is {@code root}'s, which holds the parameters and
     *                computes the loss; with several, the towers run data-parallel ({@link DataParallel})
     */
    TrainingContext(ExperimentSpec spec, ClickDataset dataset, DatasetSplit split, NDManager root,
                    List<Device> devices) {
        this.spec = spec;
        this.dataset = dataset;
        this.split = split;
        this.root = root;
        this.trainPositives = PositiveSets.of(dataset.interactions(), split.train(), dataset.queryCount());
        this.clickCounts = SamplingProbabilities.clickCounts(dataset.interactions(), split.train(),
                dataset.documentCount());
        boolean usesHistory = spec.queryTower().inputs().stream().anyMatch(HistoryEncoderSpec.class::isInstance);
        HistoryIndex history = usesHistory
                ? HistoryIndex.of(dataset.interactions(), split.train(), dataset.queryCount()) : null;
        this.model = new ModelBuilder(dataset, history, split.train()).build(spec, root);
        LossSpec lossSpec = spec.loss();
        RankingLoss loss = RankingLoss.of(lossSpec.type().name(), (float) lossSpec.margin(),
                new FpsOptions(lossSpec.symmetric(), lossSpec.logQ(), lossSpec.maskAccidentalHits()));
        this.shards = devices.size();
        this.objective = new Objective(loss, shards > 1 ? new DataParallel(devices) : null);
        this.sampler = objective.sampled() ? sampler(spec) : null;
        this.documentLogQ = lossSpec.type() == LossType.FPS && lossSpec.logQ()
                ? SamplingProbabilities.inBatchLogQ(clickCounts) : null;
        this.evaluator = RetrievalEvaluator.forCatalogue(root, dataset.documentCount());
        this.popularity = new PopularityBaseline(clickCounts);
    }

    /** The negative sampler of the sampled losses, or null for FPS. */
    NegativeSampler sampler() {
        return sampler;
    }

    TwoTowerModel model() {
        return model;
    }

    Objective objective() {
        return objective;
    }

    OptimizerSettings optimizerSettings() {
        var o = spec.optimizer();
        return new OptimizerSettings(OptimizerSettings.Type.valueOf(o.type().name()), (float) o.lr(),
                (float) o.weightDecay(), (float) o.clipGradNorm(), (float) o.momentum());
    }

    BatchPlanner newPlanner() {
        return new BatchPlanner(model, dataset.interactions(), dataset.documentCount(), sampler,
                spec.negatives().count(), documentLogQ, shards);
    }

    /** Work before each epoch (refreshing hard negatives from the current model). */
    void beforeEpoch(int epoch) {
        if (sampler instanceof HardNegativeSampler hard) {
            hard.refresh(topScoredNonPositives(spec.negatives().hardPoolSize()));
        }
    }

    /** Each query's {@code m} highest-scored documents that are not its training positives, ranked on the engine. */
    private int[][] topScoredNonPositives(int m) {
        int queries = dataset.queryCount();
        int[][] excluded = new int[queries][];
        for (int q = 0; q < queries; q++) {
            excluded[q] = trainPositives.of(q);
        }
        int[][] top = new int[queries][];
        EvalTargets everyQuery = EvalTargets.exclusionsOnly(range(queries), excluded);
        evaluator.rank(vectors(model.queryTower(), queries), documentVectors(),
                everyQuery, m, (target, list, from, length) ->
                top[everyQuery.query(target)] = java.util.Arrays.copyOfRange(list, from, from + length));
        return top;
    }

    private static int[] range(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    private NegativeSampler sampler(ExperimentSpec spec) {
        var negatives = spec.negatives();
        UniformSampler uniform = new UniformSampler(trainPositives, dataset.documentCount());
        return switch (negatives.sampler()) {
            case UNIFORM -> uniform;
            case POPULARITY -> new PopularitySampler(trainPositives, clickCounts, negatives.alpha());
            case INBATCH -> new InBatchSampler(trainPositives, uniform);
            case HARD -> new HardNegativeSampler(trainPositives, uniform, negatives.hardPoolSize(), negatives.hardMix());
        };
    }

    /** Test or validation metrics of the model's current weights at the spec's cut-offs. */
    MetricSet evaluate(SplitRole role) {
        return evaluate(role, ks());
    }

    /** Metrics of the current weights at the given cut-offs; embeds only the evaluated queries. */
    MetricSet evaluate(SplitRole role, int[] ks) {
        EvalTargets evaluated = targets(role);
        EmbeddingMatrix queries = new EmbeddingMatrix(evaluated.size(), model.dim(),
                model.embed(model.queryTower(), evaluated.queries(), EMBED_BLOCK, root));
        return evaluator.evaluate(queries, documentVectors(),
                evaluated.byPosition(), ks);
    }

    /**
     * Test or validation metrics ranked by an HNSW index over the document vectors instead of the whole
     * catalogue, with the index's recall against the exact top-k on a sample of the evaluated queries.
     */
    ApproximateEvaluation evaluateApproximately(SplitRole role, int candidates, int recallSample) {
        EvalTargets evaluated = targets(role).byPosition();
        EmbeddingMatrix queries = new EmbeddingMatrix(evaluated.size(), model.dim(),
                model.embed(model.queryTower(), targets(role).queries(), EMBED_BLOCK, root));
        EmbeddingMatrix documents = documentVectors();
        long start = System.nanoTime();
        HnswIndex index = HnswIndex.build(documents, spec.training().seed());
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        ApproximateRanking ranking = new ApproximateRanking(index, candidates);
        start = System.nanoTime();
        MetricSet metrics = ranking.evaluate(queries, evaluated, ks());
        double searchSeconds = (System.nanoTime() - start) / 1e9;
        int k = java.util.Arrays.stream(ks()).max().orElse(10);
        IndexRecall recall = IndexRecall.measure(evaluator, ranking, queries, documents, evaluated, k, recallSample,
                spec.training().seed());
        return new ApproximateEvaluation(metrics, recall, buildSeconds, searchSeconds);
    }

    /** The compared vectors of entities {@code 0..count-1} of a tower. */
    /** The compared vectors of every document of the catalogue, in dense index order. */
    EmbeddingMatrix documentVectors() {
        return vectors(model.documentTower(), dataset.documentCount());
    }

    private EmbeddingMatrix vectors(Tower tower, int count) {
        return new EmbeddingMatrix(count, model.dim(), model.embed(tower, range(count), EMBED_BLOCK, root));
    }

    MetricSet baseline(SplitRole role) {
        return baseline(role, ks());
    }

    MetricSet baseline(SplitRole role, int[] ks) {
        return popularity.evaluate(targets(role), ks);
    }

    /** The held-out targets of a split part, built once: validation is evaluated every epoch. */
    private EvalTargets targets(SplitRole role) {
        return targets.computeIfAbsent(role, r -> EvalTargets.from(dataset, split, r));
    }

    /** The loss on validation rows, batched like training, without updating anything. */
    double validationLoss() {
        int[] rows = split.valid();
        if (rows.length == 0) {
            return Double.NaN;
        }
        BatchPlanner planner = newPlanner();
        SplittableRandom random = new SplittableRandom(spec.training().seed());
        double sum = 0;
        int count = 0;
        for (int[] batchRows : BatchPlanner.batches(rows, spec.training().batchSize())) {
            BatchPlan plan = planner.plan(0, batchRows, random);
            try (NDManager batch = root.newSubManager(); NDScope scope = new NDScope()) {
                GatheredRows gathered = GatheredRows.gather(plan.rowIds(), batch, false);
                NDArray loss = objective.loss(model, plan, gathered, batch, false);
                sum += loss.getFloat() * plan.size();
                count += plan.size();
            }
        }
        return sum / count;
    }

    private int[] ks() {
        return spec.evaluation().ks().stream().mapToInt(Integer::intValue).toArray();
    }
}
