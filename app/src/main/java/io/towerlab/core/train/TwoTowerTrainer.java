package io.towerlab.core.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.training.GradientCollector;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.SplitRole;
import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.model.TwoTowerModel;
import io.towerlab.core.spec.ExperimentSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains a two-tower model as an experiment spec describes and evaluates it: epochs of shuffled
 * batches prepared ahead on another thread, sparse embedding updates, validation metrics each
 * epoch with the best weights kept, optional early stopping, a NaN guard, cancellation at batch
 * boundaries, and finally test metrics beside the popularity baseline.
 */
public final class TwoTowerTrainer {
    private static final int PREFETCH_AHEAD = 3;

    private final ExperimentSpec spec;
    private final ClickDataset dataset;
    private final DatasetSplit split;
    /** Where the run is, for a message when memory runs out: a phase, or an epoch and step. */
    private String phase = "while building the model";
    private int epochNow;
    private long stepNow;

    public TwoTowerTrainer(ExperimentSpec spec, ClickDataset dataset, DatasetSplit split) {
        this.spec = spec;
        this.dataset = dataset;
        this.split = split;
    }

    /** Trains and evaluates; the returned model (open) holds the best weights and must be closed. */
    public TrainedModel train(TrainingListener listener, CancelToken cancel) {
        return train(listener, cancel, TrainingSession.plain());
    }

    /** Trains as {@link #train(TrainingListener, CancelToken)}, resuming, checkpointing or initialising as the session says. */
    public TrainedModel train(TrainingListener listener, CancelToken cancel, TrainingSession session) {
        int threads = EngineSetup.configure(spec.training().threads());
        List<Device> devices = EngineSetup.trainingDevices(spec.training());
        Engine.getInstance().setRandomSeed((int) spec.training().seed());
        EngineGate.prepareThread();
        NDManager root = NDManager.newBaseManager(devices.get(0));
        TrainingContext context = new TrainingContext(spec, dataset, split, root, devices);
        try {
            if (session.initializer() != null) {
                session.initializer().initialize(context.model());
            }
            return new TrainedModel(root, context.model(), run(context, listener, cancel, threads, devices, session));
        } catch (IOException e) {
            root.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            root.close();
            TrainingOutOfMemoryException outOfMemory = OutOfMemoryAdvice.explain(e, spec, where(), MemoryUse.now());
            if (outOfMemory != null) {
                throw outOfMemory;
            }
            throw e;
        }
    }

    private String where() {
        return phase != null ? phase : "at epoch " + epochNow + ", step " + stepNow;
    }

    private TrainingResult run(TrainingContext ctx, TrainingListener listener, CancelToken cancel, int threads,
                               List<Device> devices, TrainingSession session) throws IOException {
        phase = "before the first step";
        TwoTowerModel model = ctx.model();
        int[] trainRows = split.train();
        int batchSize = Math.min(spec.training().batchSize(), Math.max(1, trainRows.length));
        int batchesPerEpoch = (trainRows.length + batchSize - 1) / batchSize;
        String deviceName = EngineSetup.describe(devices);
        listener.onStart(new TrainingStart(deviceName, threads, model.parameterCount(), trainRows.length,
                batchesPerEpoch, spec.training().epochs(),
                split.valid().length > 0 ? ctx.baseline(SplitRole.VALID) : null));
        Optimizer optimizer = new Optimizer(ctx.optimizerSettings(), session.frozen());
        StepClock clock = new StepClock();
        BestWeights best = new BestWeights(model.parameters());
        EarlyStopping stopping = EarlyStopping.of(spec);
        TrainingStatus status = TrainingStatus.COMPLETED;
        String message = "completed";
        int epochsRun = session.resumeLast() == null ? 0 : resume(session, model, optimizer, best, stopping);
        long start = System.nanoTime();
        try {
            for (int epoch = epochsRun + 1; epoch <= spec.training().epochs() && !stopping.shouldStop(); epoch++) {
                ctx.beforeEpoch(epoch);
                long epochStart = System.nanoTime();
                double lossSum = 0;
                int batchIndex = 0;
                SplittableRandom random = new SplittableRandom(spec.training().seed() * 1_000_003L + epoch);
                int[][] batches = BatchPlanner.batches(shuffled(trainRows, random), batchSize);
                try (Prefetcher prefetcher = new Prefetcher(ctx.newPlanner(), epoch, batches, random, PREFETCH_AHEAD)) {
                    while (true) {
                        long waitStart = System.nanoTime();
                        BatchPlan plan = prefetcher.next();
                        clock.waited(System.nanoTime() - waitStart);
                        if (plan == null) {
                            break;
                        }
                        if (cancel.isCancelled()) {
                            throw new StopTraining(TrainingStatus.CANCELLED, "cancelled during epoch " + epoch);
                        }
                        phase = null;
                        epochNow = epoch;
                        stepNow = optimizer.step() + 1;
                        float loss = step(model, ctx, plan, optimizer, clock);
                        if (!Float.isFinite(loss)) {
                            throw new StopTraining(TrainingStatus.DIVERGED, "the loss became " + loss + " at epoch "
                                    + epoch + ", step " + optimizer.step() + ": try a lower optimizer.lr (now "
                                    + spec.optimizer().lr() + "), gradient clipping (optimizer.clipGradNorm) or a"
                                    + " higher similarity.temperature");
                        }
                        lossSum += loss;
                        batchIndex++;
                        double elapsed = (System.nanoTime() - epochStart) / 1e9;
                        listener.onBatch(new BatchEvent(epoch, optimizer.step(), batchIndex, batchesPerEpoch, loss,
                                elapsed > 0 ? clock.examplesThisEpoch() / elapsed : 0));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StopTraining(TrainingStatus.CANCELLED, "interrupted during epoch " + epoch);
                }
                clock.endEpoch();
                epochsRun = epoch;
                phase = "while evaluating epoch " + epoch;
                EpochEvent event = endOfEpoch(ctx, epoch, optimizer.step(), lossSum / Math.max(1, batchIndex),
                        best, stopping, (System.nanoTime() - epochStart) / 1e9);
                listener.onEpoch(event);
                if (session.checkpointer() != null) {
                    session.checkpointer().save(model, optimizer, new TrainerState(epoch, optimizer.step(),
                            best.epoch(), stopping.best(), stopping.hasRecord(), stopping.roundsWithoutImprovement()),
                            event.best());
                }
                if (stopping.shouldStop()) {
                    listener.onMessage("early stopping after epoch " + epoch + ": " + stopping.metric()
                            + " has not improved for " + stopping.patience() + " evaluations");
                    break;
                }
            }
        } catch (StopTraining stop) {
            status = stop.status;
            message = stop.getMessage();
            listener.onMessage(message);
        }
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        MetricSet metrics = null;
        MetricSet baseline = null;
        double evalSeconds = 0;
        if (status == TrainingStatus.COMPLETED || status == TrainingStatus.CANCELLED && best.hasSnapshot()) {
            best.restore();
            phase = "during the final evaluation";
            long evalStart = System.nanoTime();
            metrics = ctx.evaluate(SplitRole.TEST);
            baseline = ctx.baseline(SplitRole.TEST);
            evalSeconds = (System.nanoTime() - evalStart) / 1e9;
        }
        TrainingResult result = new TrainingResult(status, message, epochsRun, best.epoch(), optimizer.step(),
                metrics, baseline, trainSeconds, evalSeconds, clock.examplesPerSecond(), deviceName, clock.times());
        listener.onFinish(result);
        return result;
    }

    /** Restores weights, moments, the step and the best epoch from checkpoints; returns the last finished epoch. */
    private static int resume(TrainingSession session, TwoTowerModel model, Optimizer optimizer, BestWeights best,
                              EarlyStopping stopping) throws IOException {
        TrainerState state = TrainingCheckpoint.state(session.resumeLast());
        if (state.bestEpoch() > 0 && session.resumeBest() != null && Files.isDirectory(session.resumeBest())) {
            ModelCheckpoint.load(model.parameters(), session.resumeBest());
            best.take(state.bestEpoch());
        }
        TrainingCheckpoint.restore(model.parameters(), session.resumeLast());
        optimizer.setStep(state.step());
        stopping.restore(state.bestValue(), state.recorded(), state.roundsWithoutImprovement());
        return state.epoch();
    }

    private float step(TwoTowerModel model, TrainingContext ctx, BatchPlan plan, Optimizer optimizer,
                       StepClock clock) {
        clock.prepared(plan.prepareNanos(), plan.size());
        try (NDManager batch = model.parameters().manager().newSubManager(); NDScope scope = new NDScope()) {
            long t0 = System.nanoTime();
            var rows = io.towerlab.core.model.GatheredRows.gather(plan.rowIds(), batch, true);
            long[] t1 = new long[1];
            NDArray loss = EngineGate.collect(() -> {
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray value = ctx.objective().loss(model, plan, rows, batch, true);
                    t1[0] = System.nanoTime();
                    collector.backward(value);
                    return value;
                }
            });
            float value = loss.getFloat();
            long t2 = System.nanoTime();
            if (Float.isFinite(value)) {
                optimizer.apply(model.parameters().denseParameters(), rows);
            }
            long t3 = System.nanoTime();
            clock.engine(t1[0] - t0, t2 - t1[0], t3 - t2);
            return value;
        }
    }

    private EpochEvent endOfEpoch(TrainingContext ctx, int epoch, long step, double trainLoss, BestWeights best,
                                  EarlyStopping stopping, double seconds) {
        int every = Math.max(1, spec.evaluation().validEvery());
        boolean last = epoch == spec.training().epochs();
        if (split.valid().length == 0 || (epoch % every != 0 && !last)) {
            // without a validation round to compare, the latest weights stand in until the first one
            boolean latestIsBest = !stopping.hasRecord();
            if (latestIsBest) {
                best.take(epoch);
            }
            return new EpochEvent(epoch, step, trainLoss, null, null, latestIsBest, seconds);
        }
        double validLoss = ctx.validationLoss();
        MetricSet metrics = ctx.evaluate(SplitRole.VALID);
        boolean improved = stopping.record(metrics);
        if (improved) {
            best.take(epoch);
        }
        return new EpochEvent(epoch, step, trainLoss, validLoss, metrics, improved, seconds);
    }

    private static int[] shuffled(int[] rows, SplittableRandom random) {
        int[] out = rows.clone();
        for (int i = out.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }

    /** Ends the epoch loop with a status other than completed. */
    private static final class StopTraining extends RuntimeException {
        private final TrainingStatus status;

        StopTraining(TrainingStatus status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
