package io.towerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.model.Encoder;
import io.towerlab.core.model.Layer;
import io.towerlab.core.model.ModelBuilder;
import io.towerlab.core.model.Tower;
import io.towerlab.core.model.TwoTowerModel;
import io.towerlab.core.spec.BlockCost;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.spec.TableSizes;
import io.towerlab.core.spec.TowerCosts;
import io.towerlab.core.spec.TowerSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The composer's parameter counts, computed from the spec alone, equal what the model builder allocates; the
 * query tower's latency is measured on a real forward pass.
 */
class TowerCostsTest {
    private static final Path EXPERIMENTS = Path.of("..", "experiments");
    private static ExperimentSpec spec;
    private static ClickDataset data;

    @BeforeAll
    static void load() throws Exception {
        Path path = EXPERIMENTS.resolve("search-small-dssm.json");
        spec = new SpecReader().read(path, List.of("docTower.inputs=[{\"type\": \"trigram\", \"column\": \"title\"},"
                + " {\"type\": \"id\", \"dim\": 16}, {\"type\": \"categorical\", \"column\": \"category\", \"dim\": 8}]",
                "docTower.layers=[{\"type\": \"dense\", \"units\": 64}, {\"type\": \"layernorm\"},"
                + " {\"type\": \"dense\", \"units\": 128}]"));
        data = ExperimentData.load(spec.data(), ExperimentData.resolve(spec, path.toAbsolutePath().getParent(), null))
                .dataset();
    }

    @Test
    void parameterCountsFromTheSpecMatchTheBuiltModel() {
        EngineSetup.configure(1);
        try (NDManager manager = NDManager.newBaseManager();
             TwoTowerModel model = new ModelBuilder(data, null).build(spec, manager)) {
            TableSizes sizes = TableSizes.of(data);
            assertThat(counts(spec.queryTower(), true, sizes)).isEqualTo(built(model.queryTower()));
            assertThat(counts(spec.docTower(), false, sizes)).isEqualTo(built(model.documentTower()));
            assertThat(TowerCosts.total(spec.docTower(), false, sizes).parameters())
                    .isEqualTo(built(model.documentTower()).stream().mapToLong(Long::longValue).sum());
        }
    }

    private static List<Long> counts(TowerSpec tower, boolean query, TableSizes sizes) {
        return TowerCosts.blocks(tower, query, sizes).stream().map(BlockCost::parameters).toList();
    }

    private static List<Long> built(Tower tower) {
        return java.util.stream.Stream.concat(tower.encoders().stream().map(Encoder::parameterCount),
                tower.layers().stream().map(Layer::parameterCount)).toList();
    }

    @Test
    void tablesWhoseSizeDependsOnTheDataAreUnknownWithoutIt() {
        BlockCost doc = TowerCosts.total(spec.docTower(), false, TableSizes.unknown());
        assertThat(doc.knownParameters()).isFalse();
        assertThat(doc.flops()).isPositive();
    }

    @Test
    void theQueryTowerLatencyIsMeasuredPerRequest() {
        QueryLatency.Result result = QueryLatency.measure(spec, data, 30);
        assertThat(result.requests()).isEqualTo(30);
        assertThat(result.medianMicros()).isPositive().isLessThanOrEqualTo(result.p90Micros());
        assertThat(result.toString()).contains("ms per request");
    }
}
