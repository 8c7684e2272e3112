package io.towerlab.core.spec;

import java.util.List;
import java.util.Objects;

/**
 * The training loop.
 *
 * @param device        {@code auto} (a GPU when the engine finds one, else the CPU), {@code cpu}, {@code gpu}
 *                      (the first GPU) or {@code gpu:N}
 * @param devices       several devices of this host to split each step over (data parallel), e.g.
 *                      {@code gpu:0, gpu:1}, the first holding the weights; {@code cpu} may repeat, to try the
 *                      split step on the one CPU; empty trains on {@code device} alone
 * @param threads       intra-op threads of the engine on the CPU; 0 lets the engine choose
 * @param earlyStopping stop when the validation metric has not improved for a while; null trains every epoch
 */
public record TrainingSpec(int epochs, int batchSize, long seed, String device, List<String> devices, int threads,
                           EarlyStoppingSpec earlyStopping) {

    public TrainingSpec {
        Objects.requireNonNull(device, "device");
        devices = devices == null ? List.of() : List.copyOf(devices);
    }

    /** True when each step is split over several devices. */
    public boolean dataParallel() {
        return devices.size() > 1;
    }
}
