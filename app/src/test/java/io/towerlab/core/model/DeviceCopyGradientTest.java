package io.towerlab.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.training.GradientCollector;
import io.towerlab.core.train.EngineSetup;
import org.junit.jupiter.api.Test;

/**
 * What data-parallel training relies on in the engine: a copy of a parameter to a device ({@code toDevice}
 * with copy) and a gather of rows stay on the autograd graph, so a loss computed from the copies sends its
 * gradient back to the master tensor, summed over every copy.
 */
class DeviceCopyGradientTest {

    @Test
    void gradientsOfDeviceCopiesAndRowGathersReachTheMasterTensorSummed() {
        EngineSetup.configure(1);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            NDArray master = manager.create(new float[] {1, 2, 3, 4, 5, 6}, new ai.djl.ndarray.types.Shape(3, 2));
            master.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray first = master.get(new NDIndex("{}", manager.create(new long[] {0, 2})))
                        .toDevice(Device.cpu(), true);
                NDArray second = master.get(new NDIndex("{}", manager.create(new long[] {2})))
                        .toDevice(Device.cpu(), true);
                NDArray whole = master.toDevice(Device.cpu(), true);
                assertThat(first.getDevice()).isEqualTo(Device.cpu());
                NDArray loss = first.mul(2).sum().add(second.mul(3).sum()).add(whole.sum());
                collector.backward(loss);
            }
            // row 0: 2 + 1; row 1: 1; row 2: 2 + 3 + 1
            assertThat(master.getGradient().toFloatArray()).containsExactly(3, 3, 1, 1, 6, 6);
        }
    }
}
