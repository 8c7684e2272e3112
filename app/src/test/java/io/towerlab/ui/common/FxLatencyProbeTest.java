package io.towerlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FxLatencyProbeTest {

    @Test
    void summarySaysTheMedianThe99thPercentileAndTheMaximum() {
        double[] latencies = new double[200];
        for (int i = 0; i < latencies.length; i++) {
            latencies[i] = latencies.length - i;
        }

        assertThat(FxLatencyProbe.summary(latencies))
                .isEqualTo("FX-thread latency over 200 probes: median 101.0 ms, p99 198.0 ms, max 200.0 ms");
    }

    @Test
    void aWindowWithoutAnyProbeSaysTheFxThreadIsBlocked() {
        assertThat(FxLatencyProbe.summary(new double[0])).contains("blocked");
    }
}
