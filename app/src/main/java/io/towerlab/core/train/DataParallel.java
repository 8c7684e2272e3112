package io.towerlab.core.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import io.towerlab.core.model.DeviceReplicas;
import io.towerlab.core.model.GatheredRows;
import io.towerlab.core.model.TwoTowerModel;
import java.util.List;

/**
 * The towers of a batch computed data-parallel, as PyTorch's {@code DataParallel} does: each device
 * runs its {@link PlanShard} with copies of the dense parameters and of only the embedding rows its
 * shard touches, and the outputs are gathered on the main device (the first), where the loss is
 * computed over the whole batch. Every copy is on the autograd graph, so one backward sums the shards'
 * gradients into the master parameters and the batch's rows, and the sparse optimizer step is
 * unchanged: the result equals one-device training up to the order of float sums (dropout masks
 * aside, which each shard draws for itself).
 *
 * <p>Shards are launched one after another from the training thread; on GPUs their kernels run
 * asynchronously, so devices overlap only as far as the engine's queues allow.
 */
final class DataParallel {
    private final List<Device> devices;

    /** @param devices at least two; the first is the main device, holding the master parameters */
    DataParallel(List<Device> devices) {
        if (devices.size() < 2) {
            throw new IllegalArgumentException("data-parallel training needs at least two devices, got " + devices);
        }
        this.devices = List.copyOf(devices);
    }

    int shards() {
        return devices.size();
    }

    /** The compared vectors of a batch's queries (B × d) and of its distinct documents, on the main device. */
    record Towers(NDArray queries, NDArray documents) {
    }

    /** Runs each shard's towers on its device and gathers their outputs, in shard order, on the main device. */
    Towers towers(TwoTowerModel model, BatchPlan plan, GatheredRows rows, NDManager batch, boolean training) {
        Device main = batch.getDevice();
        NDList queries = new NDList(plan.shards().size());
        NDList documents = new NDList(plan.shards().size());
        for (int k = 0; k < plan.shards().size(); k++) {
            PlanShard shard = plan.shards().get(k);
            Device device = devices.get(k);
            NDManager local = batch.newSubManager(device);
            try (DeviceReplicas replicas = model.parameters().onDevice(device, local)) {
                GatheredRows own = rows.forShard(shard.rowsInBatch(), device, local);
                NDArray u = model.compared(model.queryTower().forward(shard.queryInputs(), own, local, training));
                NDArray v = model.compared(model.documentTower().forward(shard.documentInputs(), own, local,
                        training));
                queries.add(u.toDevice(main, false));
                documents.add(v.toDevice(main, false));
            }
        }
        return new Towers(concat(queries), concat(documents));
    }

    private static NDArray concat(NDList parts) {
        return parts.size() == 1 ? parts.singletonOrThrow() : NDArrays.concat(parts, 0);
    }
}
