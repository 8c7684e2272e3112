package io.towerlab.core.model;

import ai.djl.ndarray.NDArray;

/**
 * A trainable tensor updated whole at every step (the weights of a dense layer, a layer norm's
 * gain, a learnable temperature). Its gradient stays attached; the optimizer keeps its moment
 * estimates in {@link #state}.
 */
public final class DenseParameter {
    private final String name;
    private final NDArray value;
    private final OptimizerState state = new OptimizerState();
    /** Set while a shard of a data-parallel step computes on its device: reads go to its copy there. */
    private DeviceReplicas replicas;

    DenseParameter(String name, NDArray value) {
        this.name = name;
        this.value = value;
        value.setRequiresGradient(true);
    }

    public String name() {
        return name;
    }

    /**
     * The tensor computations read: the master, or inside {@link ParameterStore#onDevice} this
     * parameter's copy on that device, made on first use and followed by autograd back to the master.
     */
    public NDArray value() {
        return replicas == null ? value : replicas.copyOf(value);
    }

    void useReplicas(DeviceReplicas replicas) {
        this.replicas = replicas;
    }

    public OptimizerState state() {
        return state;
    }

    public long size() {
        return value.size();
    }
}
