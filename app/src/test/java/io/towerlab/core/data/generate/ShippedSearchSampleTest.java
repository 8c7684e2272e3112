package io.towerlab.core.data.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetImporter;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.ImportOptions;
import io.towerlab.core.data.SplitRole;
import io.towerlab.core.data.split.SplitOptions;
import io.towerlab.core.data.split.Splitter;
import io.towerlab.core.eval.EvalTargets;
import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.eval.PopularityBaseline;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped search sample is exactly what the generator makes today, and imports as a text dataset. */
class ShippedSearchSampleTest {
    private static final Path SHIPPED = Path.of("..", "sample-data", "search-small");

    @TempDir
    Path tmp;

    @Test
    void regeneratingSearchSmallWithSeedOneReproducesTheShippedFilesByteForByte() throws Exception {
        assertThat(SHIPPED.resolve("interactions.csv")).as("run from the app module of a checkout").exists();
        new SearchLogGenerator().generate(SearchSettings.searchSmall(1), tmp);
        for (String file : new String[] {"interactions.csv", "documents.csv", "queries.csv", "dataset.json"}) {
            assertThat(Files.readAllBytes(tmp.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(SHIPPED.resolve(file)));
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode fresh = json.readTree(tmp.resolve("reference.json").toFile());
        JsonNode shipped = json.readTree(SHIPPED.resolve("reference.json").toFile());
        assertThat(fresh.get("settings")).isEqualTo(shipped.get("settings"));
        assertThat(fresh.get("shape")).isEqualTo(shipped.get("shape"));
    }

    @Test
    void theSampleImportsWithTextFeaturesAndItsPredefinedSplitGivesTheRecordedPopularityMetrics() throws Exception {
        ClickDataset data = new DatasetImporter().load(SHIPPED, ImportOptions.defaults()).dataset();
        JsonNode reference = new ObjectMapper().readTree(SHIPPED.resolve("reference.json").toFile());
        JsonNode shape = reference.get("shape");
        assertThat(data.queryCount()).isEqualTo(shape.get("queries").asInt());
        assertThat(data.documentCount()).isEqualTo(500);
        assertThat(data.interactionCount()).isEqualTo(shape.get("clicks").asInt());
        String[] texts = data.queryFeatures().text().get("text").values();
        assertThat(texts).hasSize(data.queryCount()).doesNotContainNull();
        assertThat(data.queries().idOf(7)).isEqualTo(SearchRows.idOf(texts[7]));
        assertThat(data.documentFeatures().text()).containsOnlyKeys("title", "description");
        assertThat(data.documentFeatures().text().get("title").values()).doesNotContainNull();

        DatasetSplit split = new Splitter().split(data, SplitOptions.predefined());
        assertThat(split.train()).hasSize(shape.get("trainClicks").asInt());
        assertThat(split.valid()).hasSize(shape.get("validClicks").asInt());
        assertThat(split.test()).hasSize(shape.get("testClicks").asInt());
        EvalTargets targets = EvalTargets.from(data, split, SplitRole.TEST);
        assertThat(targets.size()).isEqualTo(shape.get("testQueries").asInt());
        for (int i = 0; i < targets.size(); i++) {
            assertThat(targets.excludedCount(i)).as("a test query has no training positives").isZero();
        }
        MetricSet popularity = PopularityBaseline.fromTraining(data, split).evaluate(targets, new int[] {10, 50, 100});
        assertThat(popularity.get("recall@10"))
                .isCloseTo(reference.at("/popularity/recall@10").asDouble(), offset(1e-6));
        assertThat(popularity.get("recall@10")).isLessThan(reference.at("/oracle/recall@10").asDouble() / 4);
    }
}
