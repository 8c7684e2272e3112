package io.towerlab.core.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Copies an array to a device so that autograd follows the copy (PyTorch's {@code Tensor.to}, which is
 * differentiable): the gradient of anything computed from the copy flows back to the original.
 */
final class DeviceCopy {
    private DeviceCopy() {
    }

    /** A copy of {@code array} on {@code device}, owned by {@code owner} (a manager of that device). */
    static NDArray of(NDArray array, Device device, NDManager owner) {
        NDArray copy = array.toDevice(device, true);
        NDManager made = copy.getManager();
        copy.attach(owner);
        if (made != array.getManager()) {
            // the engine put the copy in a new child manager of the original's: close it, now empty
            made.close();
        }
        return copy;
    }
}
