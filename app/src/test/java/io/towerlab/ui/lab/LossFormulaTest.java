package io.towerlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.towerlab.core.lab.LabBatch;
import io.towerlab.core.lab.LabScores;
import io.towerlab.core.lab.LabSettings;
import io.towerlab.core.lab.LabSwitch;
import io.towerlab.core.loss.FpsOptions;
import io.towerlab.core.spec.SpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The formula beside the plot substitutes the selected row's own numbers. */
class LossFormulaTest {
    private static final Path SPEC = Path.of("..", "experiments", "lessons", LabViewModel.DEFAULT_SPEC);

    private static LabSettings settings() throws Exception {
        JsonNode tree = new SpecReader().parse(Files.readString(SPEC), "spec");
        return LabSettings.of(tree, "spec", List.of());
    }

    private static List<String> lines(LabSettings settings, LabBatch batch, int row) {
        return LossFormula.of(settings, batch, row).stream()
                .map(line -> line.stream().map(LossFormula.Part::text).collect(Collectors.joining()))
                .toList();
    }

    @Test
    void fpsShowsTheSelectedRowsProbabilityAndLoss() throws Exception {
        float[] s = {2.0f, 0.5f, 1.0f, 1.5f};
        LabBatch batch = LabScores.fps(3, s, new float[] {1, 1}, new int[] {4, 9}, new int[2], null,
                FpsOptions.DEFAULT, 0.7f, 0.05f);
        List<String> text = lines(settings().with(LabSwitch.LOG_Q, "false"), batch, 1);

        assertThat(text.get(0)).startsWith("FPS:").contains("Σⱼ");
        assertThat(String.join("\n", text)).contains("row 2:").contains("e1.500")
                .contains(LossFormula.fmt(batch.softmax()[3])).contains(LossFormula.fmt(batch.rowLoss()[1]))
                .contains("(2 terms)").contains("= 0.700");
    }

    @Test
    void aSampledLossShowsItsOwnFormulaAndNoNumbersOfAnotherLoss() throws Exception {
        LabSettings triplet = settings().with(LabSwitch.LOSS, "triplet");
        LabBatch fps = LabScores.fps(1, new float[] {1, 0, 0, 1}, new float[] {1, 1}, new int[] {1, 2}, new int[2],
                null, FpsOptions.DEFAULT, 0.3f, 0.05f);

        List<String> text = lines(triplet, fps, 0);

        assertThat(text).hasSize(1);
        assertThat(text.get(0)).startsWith("Triplet:").contains("m = 0.500");
    }
}
