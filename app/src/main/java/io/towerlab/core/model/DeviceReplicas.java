package io.towerlab.core.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * While open, every dense parameter of a store reads as its copy on one device, made on first use in
 * the shard's manager: the one seam through which a data-parallel shard runs unchanged layer code on
 * its own device. Autograd follows each copy back to the master tensor, so backward sums the shards'
 * gradients there. Embedding rows reach a shard through {@link GatheredRows#forShard} instead.
 */
public final class DeviceReplicas implements AutoCloseable {
    private final Device device;
    private final NDManager owner;
    private final List<DenseParameter> parameters;
    private final Map<NDArray, NDArray> copies = new IdentityHashMap<>();

    DeviceReplicas(Device device, NDManager owner, List<DenseParameter> parameters) {
        this.device = device;
        this.owner = owner;
        this.parameters = parameters;
        for (DenseParameter p : parameters) {
            p.useReplicas(this);
        }
    }

    NDArray copyOf(NDArray master) {
        return copies.computeIfAbsent(master, m -> DeviceCopy.of(m, device, owner));
    }

    /** Parameters read their masters again; the copies stay alive in the shard's manager until the step ends. */
    @Override
    public void close() {
        for (DenseParameter p : parameters) {
            p.useReplicas(null);
        }
    }
}
