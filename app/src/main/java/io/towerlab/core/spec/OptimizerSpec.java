package io.towerlab.core.spec;

import java.util.Objects;

/**
 * The optimizer.
 *
 * @param lr           the learning rate
 * @param weightDecay  L2 penalty (adam, sgd) or decoupled decay (adamw); 0 turns it off
 * @param clipGradNorm the largest allowed global gradient norm; 0 turns clipping off
 * @param momentum     sgd only
 */
public record OptimizerSpec(OptimizerType type, double lr, double weightDecay, double clipGradNorm,
                            double momentum) {

    public OptimizerSpec {
        Objects.requireNonNull(type, "type");
    }
}
