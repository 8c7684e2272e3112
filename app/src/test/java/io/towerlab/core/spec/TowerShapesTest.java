package io.towerlab.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TowerShapesTest {

    @Test
    void inputsConcatenateAndDenseLayersSetTheSize() {
        TowerSpec tower = new TowerSpec(List.of(new IdEncoderSpec(32), new CategoricalEncoderSpec("genre", 8),
                new NumericEncoderSpec("year"), new HistoryEncoderSpec(16, 10, Pooling.MEAN, false)),
                List.of(new DenseLayerSpec(128, Activation.RELU), new DropoutLayerSpec(0.1), new LayerNormSpec(),
                        new DenseLayerSpec(64, Activation.NONE)), true);

        assertThat(TowerShapes.inputDim(tower)).isEqualTo(32 + 8 + 1 + 16);
        assertThat(TowerShapes.layerDims(tower)).containsExactly(128, 128, 128, 64);
        assertThat(TowerShapes.outputDim(tower)).isEqualTo(64);
    }

    @Test
    void aTowerWithoutDenseLayersEndsInItsInputSize() {
        TowerSpec tower = new TowerSpec(List.of(new IdEncoderSpec(48), new NumericEncoderSpec("age")),
                List.of(new DropoutLayerSpec(0.2)), false);

        assertThat(TowerShapes.outputDim(tower)).isEqualTo(49);
    }
}
