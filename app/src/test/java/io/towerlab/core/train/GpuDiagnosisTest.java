package io.towerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GpuDiagnosisTest {

    @Test
    void aGpuTheEngineSeesIsUsable() {
        assertThat(new GpuDiagnosis(2, 12040, 2, "cu124").problemWith(1)).isEmpty();
    }

    @Test
    void saysWhenNoGpuOrDriverIsThere() {
        assertThat(new GpuDiagnosis(0, 0, 0, "cpu").problemWith(0)).get().asString()
                .contains("no NVIDIA GPU can be seen");
    }

    @Test
    void saysWhenTheIndexIsBeyondTheGpusPresent() {
        assertThat(new GpuDiagnosis(1, 12040, 1, "cu124").problemWith(1)).get().asString()
                .contains("GPU 1 was asked for but the driver lists only 1");
    }

    @Test
    void saysWhenTheDriverIsTooOldForTheNatives() {
        assertThat(new GpuDiagnosis(1, 11080, 0, "cu124").problemWith(0)).get().asString()
                .contains("driver is too old").contains("CUDA 11.8").contains("CUDA 12.4");
    }

    @Test
    void saysWhenTheNativesAreTheCpuBuild() {
        assertThat(new GpuDiagnosis(1, 12040, 0, "cpu").problemWith(0)).get().asString()
                .contains("'cpu' build").contains("GPU variant");
    }

    @Test
    void readsTheCudaVersionAFlavourNeeds() {
        assertThat(GpuDiagnosis.requiredCuda("cu124")).isEqualTo(12040);
        assertThat(GpuDiagnosis.requiredCuda("cu118")).isEqualTo(11080);
        assertThat(GpuDiagnosis.requiredCuda("cpu")).isZero();
        assertThat(GpuDiagnosis.requiredCuda(null)).isZero();
    }

    @Test
    void readsTheFlavourFromDjlsNativesFolder() {
        assertThat(EngineSetup.flavorOfFolder("/home/u/.djl.ai/pytorch/2.7.1-20250812-cpu-linux-x86_64"))
                .isEqualTo("cpu");
        assertThat(EngineSetup.flavorOfFolder("/c/pytorch/2.5.1-cu124-win-x86_64")).isEqualTo("cu124");
        assertThat(EngineSetup.flavorOfFolder("/opt/libtorch")).isNull();
    }
}
