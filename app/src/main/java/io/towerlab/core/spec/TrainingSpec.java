package io.towerlab.core.spec;

import java.util.Objects;

/**
 * The training loop.
 *
 * @param device        {@code auto} (a GPU when the engine finds one, else the CPU), {@code cpu}, {@code gpu}
 *                      (the first GPU) or {@code gpu:N}
 * @param threads       intra-op threads of the engine on the CPU; 0 lets the engine choose
 * @param earlyStopping stop when the validation metric has not improved for a while; null trains every epoch
 */
public record TrainingSpec(int epochs, int batchSize, long seed, String device, int threads,
                           EarlyStoppingSpec earlyStopping) {

    public TrainingSpec {
        Objects.requireNonNull(device, "device");
    }
}
