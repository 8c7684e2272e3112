package io.towerlab.core.lab;

import ai.djl.ndarray.NDArray;
import io.towerlab.core.data.PositiveSets;
import io.towerlab.core.loss.FpsOptions;
import io.towerlab.core.loss.RankingLoss;
import io.towerlab.core.loss.sampling.HardNegativeSampler;
import io.towerlab.core.loss.sampling.NegativeSampler;
import io.towerlab.core.loss.sampling.NegativeSamplers;
import io.towerlab.core.loss.sampling.SamplingProbabilities;
import io.towerlab.core.loss.sampling.UniformSampler;
import io.towerlab.core.model.TwoTowerModel;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.LossSpec;
import io.towerlab.core.spec.LossType;
import io.towerlab.core.spec.SamplerType;
import io.towerlab.core.train.Objective;
import io.towerlab.core.train.OptimizerSettings;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of a lab session that follow the spec's loss and negatives: the loss (inside an
 * {@link Objective}), its FPS options, the negative sampler and the logQ table.
 */
record LabParts(Objective objective, FpsOptions fpsOptions, NegativeSampler sampler, float[] documentLogQ) {

    static LabParts of(ExperimentSpec spec, PositiveSets positives, int[] clickCounts) {
        LossSpec l = spec.loss();
        FpsOptions fps = new FpsOptions(l.symmetric(), l.logQ(), l.maskAccidentalHits());
        RankingLoss loss = RankingLoss.of(l.type().name(), (float) l.margin(), fps);
        NegativeSampler sampler = null;
        if (loss.usesSampledNegatives()) {
            var n = spec.negatives();
            sampler = n.sampler() == SamplerType.HARD
                    ? new HardNegativeSampler(positives, new UniformSampler(positives, clickCounts.length),
                    n.hardPoolSize(), n.hardMix())
                    : NegativeSamplers.of(n.sampler().name().toLowerCase(Locale.ROOT), positives, clickCounts, n.alpha());
        }
        float[] logQ = l.type() == LossType.FPS && l.logQ() ? SamplingProbabilities.inBatchLogQ(clickCounts) : null;
        return new LabParts(new Objective(loss), fps, sampler, logQ);
    }

    static OptimizerSettings optimizerSettings(ExperimentSpec spec) {
        var o = spec.optimizer();
        return new OptimizerSettings(OptimizerSettings.Type.valueOf(o.type().name()), (float) o.lr(),
                (float) o.weightDecay(), (float) o.clipGradNorm(), (float) o.momentum());
    }

    /** Copies every parameter of {@code from} into the same-named, same-shaped one of {@code to}; returns how many. */
    static int copyWeights(TwoTowerModel from, TwoTowerModel to) {
        Map<String, NDArray> source = from.parameters().namedValues();
        int copied = 0;
        for (Map.Entry<String, NDArray> target : to.parameters().namedValues().entrySet()) {
            NDArray value = source.get(target.getKey());
            if (value != null && value.getShape().equals(target.getValue().getShape())
                    && !target.getKey().equals("similarity.logitScale")) {
                target.getValue().set(value.toFloatArray());
                copied++;
            }
        }
        return copied;
    }
}
