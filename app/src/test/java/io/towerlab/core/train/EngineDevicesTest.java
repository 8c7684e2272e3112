package io.towerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import io.towerlab.core.spec.TrainingSpec;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** On the CPU-only machines the tests run on: the device list, and a GPU asked for that cannot be used. */
class EngineDevicesTest {

    @AfterEach
    void forgetTheFallback() {
        System.clearProperty(EngineSetup.CPU_FALLBACK);
    }

    @Test
    void listsTheCpuWithItsMemoryAndTheNativesFlavour() {
        List<ComputeDevice> devices = EngineSetup.devices();
        assertThat(devices.get(0).id()).isEqualTo("cpu");
        assertThat(devices.get(0).totalBytes()).isPositive();
        assertThat(devices.get(0).line()).contains("(cpu)").contains(" GB");
    }

    @Test
    void aGpuThatCannotBeUsedFailsWithTheReasonUnlessTheFallbackIsAllowed() {
        org.junit.jupiter.api.Assumptions.assumeTrue(EngineSetup.diagnosis().engineGpus() == 0, "a GPU is usable here");
        System.setProperty(EngineSetup.CPU_FALLBACK, "false");
        assertThatThrownBy(() -> EngineSetup.device("gpu")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("training.device: gpu cannot be used")
                .hasMessageContaining("allow the CPU fallback");
        System.setProperty(EngineSetup.CPU_FALLBACK, "true");
        assertThat(EngineSetup.device("gpu").isGpu()).isFalse();
        assertThat(EngineSetup.deviceName("gpu:1")).startsWith("CPU (gpu:1 cannot be used: ");
    }

    @Test
    void aListedGpuThatCannotBeUsedFailsWithItsPlaceAndReasonAndTheSplitCpuIsTwoShards() {
        org.junit.jupiter.api.Assumptions.assumeTrue(EngineSetup.diagnosis().engineGpus() == 0, "a GPU is usable here");
        System.setProperty(EngineSetup.CPU_FALLBACK, "false");
        TrainingSpec gpus = new TrainingSpec(1, 8, 1, "auto", List.of("gpu:0", "gpu:1"), 1, null);
        assertThatThrownBy(() -> EngineSetup.trainingDevices(gpus)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("training.devices[0]: gpu:0 cannot be used: no NVIDIA GPU can be seen")
                .hasMessageContaining("remove training.devices");
        System.setProperty(EngineSetup.CPU_FALLBACK, "true");
        assertThat(EngineSetup.trainingDevices(gpus)).containsExactly(Device.cpu());

        List<Device> split = EngineSetup.trainingDevices(new TrainingSpec(1, 8, 1, "cpu", List.of("cpu", "cpu"), 1, null));
        assertThat(split).containsExactly(Device.cpu(), Device.cpu());
        assertThat(EngineSetup.describe(split)).isEqualTo("CPU × 2 (split step)");
    }
}
