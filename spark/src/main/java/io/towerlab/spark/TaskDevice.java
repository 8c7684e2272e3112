package io.towerlab.spark;

import java.util.Map;
import org.apache.spark.resource.ResourceInformation;

/**
 * The engine device for a task: with {@code auto}, the first GPU Spark's resource scheduling gave the
 * task ({@code spark.task.resource.gpu.amount}), so that the executors of a node with several GPUs
 * each use their own; otherwise the device as asked.
 */
final class TaskDevice {
    private TaskDevice() {
    }

    static String of(String requested, Map<String, ResourceInformation> resources) {
        if (!"auto".equals(requested) || resources == null) {
            return requested;
        }
        ResourceInformation gpus = resources.get("gpu");
        return gpus == null || gpus.addresses().length == 0 ? requested : "gpu:" + gpus.addresses()[0];
    }
}
