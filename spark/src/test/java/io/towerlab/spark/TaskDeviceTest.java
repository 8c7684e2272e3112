package io.towerlab.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.spark.resource.ResourceInformation;
import org.junit.jupiter.api.Test;

class TaskDeviceTest {
    @Test
    void autoTakesTheFirstGpuSparkGaveTheTaskAndOtherwiseKeepsTheRequest() {
        Map<String, ResourceInformation> gpus = Map.of("gpu", new ResourceInformation("gpu", new String[] {"3", "4"}));
        assertThat(TaskDevice.of("auto", gpus)).isEqualTo("gpu:3");
        assertThat(TaskDevice.of("cpu", gpus)).isEqualTo("cpu");
        assertThat(TaskDevice.of("auto", Map.of())).isEqualTo("auto");
        assertThat(TaskDevice.of("auto", null)).isEqualTo("auto");
    }
}
