package io.towerlab.core.spec;

import static io.towerlab.core.spec.SpecFixtures.edited;
import static io.towerlab.core.spec.SpecFixtures.json;
import static io.towerlab.core.spec.SpecFixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** {@code training.devices}: the devices a data-parallel step is split over, and what is not allowed. */
class TrainingDevicesSpecTest {

    private static String withTraining(String training) {
        return edited(t -> t.set("training", json(training)));
    }

    @Test
    void gpusListedOnceAreReadAndWrittenBackAndAbsentMeansOneDevice() throws Exception {
        ExperimentSpec spec = new SpecReader().read(withTraining("{\"devices\": [\"gpu:0\", \"gpu:1\"]}"), "x.json");
        assertThat(spec.training().devices()).containsExactly("gpu:0", "gpu:1");
        assertThat(spec.training().dataParallel()).isTrue();
        String written = new SpecWriter().write(spec);
        assertThat(new SpecReader().read(written, "x.json").training().devices()).containsExactly("gpu:0", "gpu:1");

        ExperimentSpec plain = new SpecReader().read(SpecFixtures.MINIMAL, "x.json");
        assertThat(plain.training().devices()).isEmpty();
        assertThat(new SpecWriter().write(plain)).doesNotContain("devices");
    }

    @Test
    void theCpuMayRepeatToTryTheSplitStep() throws Exception {
        ExperimentSpec spec = new SpecReader().read(withTraining("{\"device\": \"cpu\", \"devices\": [\"cpu\", \"cpu\"]}"),
                "x.json");
        assertThat(spec.training().devices()).containsExactly("cpu", "cpu");
    }

    @Test
    void repeatedGpusAndMixedDevicesAreRejectedWhereTheyAre() {
        assertThat(problemsOf(withTraining("{\"devices\": [\"gpu:0\", \"gpu:0\", \"cpu\"]}"))).containsExactly(
                "training.devices[1]: repeats gpu:0: list each GPU once (only \"cpu\" may repeat, to try the split"
                        + " step on the one CPU)",
                "training.devices[2]: mixes the CPU and GPUs: list GPUs only (the CPU would hold every step back),"
                        + " or \"cpu\" several times to try the split step on the one CPU");
    }

    @Test
    void anUnknownDeviceNameIsRejectedWithItsIndex() {
        assertThat(problemsOf(withTraining("{\"devices\": [\"gpu:0\", \"tpu\"]}"))).containsExactly(
                "training.devices[1]: must be one of \"cpu\", \"gpu:N\", got the string \"tpu\"; did you mean \"cpu\"?");
    }

    @Test
    void theDeviceMustAgreeWithTheFirstListedAndTheBatchMustCoverEveryDevice() {
        assertThat(problemsOf(withTraining("{\"device\": \"gpu:1\", \"batchSize\": 2,"
                + " \"devices\": [\"gpu:0\", \"gpu:1\", \"gpu:2\"]}"))).containsExactly(
                "training.device: is \"gpu:1\" but training.devices starts with \"gpu:0\", the device that keeps the"
                        + " weights: set training.device to \"auto\" or to \"gpu:0\"",
                "training.batchSize: must be at least the 3 devices of training.devices, which each take a share of"
                        + " a batch");
    }

    @Test
    void oneListedDeviceIsTrainingDevice() {
        assertThat(problemsOf(withTraining("{\"devices\": [\"gpu:1\"]}"))).containsExactly(
                "training.devices: lists one device: set training.device to \"gpu:1\" instead, or list at least two"
                        + " devices to split each step over");
    }

    @Test
    void aPretrainedEncoderStaysOnOneDevice() {
        String json = edited(t -> {
            t.set("training", json("{\"devices\": [\"cpu\", \"cpu\"]}"));
            ((ObjectNode) t.get("docTower")).set("inputs", json("[{\"type\": \"id\"},"
                    + " {\"type\": \"pretrained\", \"column\": \"title\", \"path\": \"encoder\", \"dim\": 64}]"));
            ((ObjectNode) t.get("docTower")).set("layers", json("[{\"type\": \"dense\", \"units\": 64}]"));
        });
        assertThat(problemsOf(json)).contains("docTower.inputs[1]: a pretrained encoder cannot be split over"
                + " training.devices: its TorchScript module keeps its weights on one device; train it on one device"
                + " (remove training.devices)");
    }
}
