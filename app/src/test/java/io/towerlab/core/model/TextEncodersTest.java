package io.towerlab.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetFormat;
import io.towerlab.core.data.DatasetSource;
import io.towerlab.core.data.FeatureTable;
import io.towerlab.core.data.IdDictionary;
import io.towerlab.core.data.InteractionsBuilder;
import io.towerlab.core.data.TextColumn;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecReader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextEncodersTest {

    /** Two queries, each clicking one document; row 0 is the only training row. */
    private static ClickDataset dataset() {
        IdDictionary queries = new IdDictionary();
        queries.getOrAdd("q0");
        queries.getOrAdd("q1");
        IdDictionary documents = new IdDictionary();
        documents.getOrAdd("d0");
        documents.getOrAdd("d1");
        InteractionsBuilder clicks = new InteractionsBuilder(2);
        clicks.add(0, 0, 1f, 0L);
        clicks.add(1, 1, 1f, 1L);
        return new ClickDataset("t", new DatasetSource(Path.of("t"), DatasetFormat.CSV, ""), queries, documents,
                clicks.build(),
                new FeatureTable(Map.of(), Map.of(), Map.of("text", new TextColumn("text",
                        new String[] {"red shoes", "blue kettle"}))),
                new FeatureTable(Map.of(), Map.of(), Map.of("title", new TextColumn("title",
                        new String[] {"Red Shoes", "Blue Kettle"}))));
    }

    private static ExperimentSpec spec(String queryInput, String docInput) throws Exception {
        return new SpecReader().read("""
                {"name": "t", "data": {"path": "t"},
                 "queryTower": {"inputs": [%s, {"type": "id", "dim": 4}], "layers": [{"type": "dense", "units": 8}]},
                 "docTower": {"inputs": [%s], "layers": [{"type": "dense", "units": 8}]}}
                """.formatted(queryInput, docInput), "t.json");
    }

    @Test
    void textAndIdInputsAreConcatenatedAndVocabulariesComeFromTrainingRowsOnly() throws Exception {
        ExperimentSpec spec = spec("{\"type\": \"tokens\", \"column\": \"text\", \"dim\": 6, \"minCount\": 1}",
                "{\"type\": \"trigram\", \"column\": \"title\", \"buckets\": 100, \"dim\": 5}");
        try (NDManager manager = NDManager.newBaseManager();
             TwoTowerModel model = new ModelBuilder(dataset(), null, new int[] {0}).build(spec, manager)) {
            assertThat(model.queryTower().inputDim()).isEqualTo(6 + 4);
            assertThat(model.documentTower().inputDim()).isEqualTo(5);
            // [UNK], [CLS], red, shoes: the words of query 1 were never seen in training
            assertThat(model.queryTower().encoders().get(0).label()).isEqualTo("tokens(text, 4 → 6)");
            assertThat(model.embed(model.queryTower(), new int[] {0, 1}, 2, manager)).hasSize(2 * 8);
        }
    }

    @Test
    void aColumnOfTheOtherEntitiesIsReportedWithTheTowerItBelongsTo() throws Exception {
        ExperimentSpec spec = spec("{\"type\": \"trigram\", \"column\": \"title\", \"dim\": 5}",
                "{\"type\": \"trigram\", \"column\": \"title\", \"dim\": 5}");
        try (NDManager manager = NDManager.newBaseManager()) {
            assertThatThrownBy(() -> new ModelBuilder(dataset(), null, new int[] {0}).build(spec, manager))
                    .hasMessage("queryTower.inputs[0].column: the queries have no text column 'title'; it is a text "
                            + "column of the documents, so it belongs in the docTower");
        }
    }
}
