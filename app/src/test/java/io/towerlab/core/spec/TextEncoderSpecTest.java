package io.towerlab.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetFormat;
import io.towerlab.core.data.DatasetSource;
import io.towerlab.core.data.FeatureTable;
import io.towerlab.core.data.IdDictionary;
import io.towerlab.core.data.InteractionsBuilder;
import io.towerlab.core.data.TextColumn;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextEncoderSpecTest {

    private static String withDocInputs(String inputs) {
        return SpecFixtures.MINIMAL.replace("\"docTower\": {\"inputs\": [{\"type\": \"id\"}]}",
                "\"docTower\": {\"inputs\": " + inputs + ", \"layers\": [{\"type\": \"dense\", \"units\": 64}]}");
    }

    private static List<EncoderSpec> docInputs(String inputs) throws SpecException {
        return new SpecReader().read(withDocInputs(inputs), "t.json").docTower().inputs();
    }

    @Test
    void textKindsReadWithTheRegistryDefaults() throws SpecException {
        List<EncoderSpec> inputs = docInputs("""
                [{"type": "trigram", "column": "title", "dim": 64},
                 {"type": "tokens", "column": "description"},
                 {"type": "transformer", "column": "title2", "pooling": "first"},
                 {"type": "pretrained", "column": "title3", "path": "models/minilm", "dim": 64}]""");

        assertThat(inputs).containsExactly(
                new TrigramEncoderSpec("title", 30_000, 64, false),
                new TokensEncoderSpec("description", 64, 30_000, 2, 32),
                new TransformerEncoderSpec("title2", 64, 2, 4, 32, TextPooling.FIRST, 30_000, 2),
                new PretrainedEncoderSpec("title3", "models/minilm", 64, true, 64));
    }

    @Test
    void textInputsSurviveWriteAndRead() throws SpecException {
        ExperimentSpec spec = new SpecReader().read(withDocInputs("""
                [{"type": "trigram", "column": "title", "buckets": 5000, "wordBigrams": true},
                 {"type": "id", "dim": 8},
                 {"type": "transformer", "column": "body", "dim": 32, "layers": 1, "heads": 2}]"""), "t.json");

        assertThat(new SpecReader().read(new SpecWriter().write(spec), "w.json")).isEqualTo(spec);
    }

    @Test
    void aTextInputNeedsItsColumnAndKnowsItsKeys() {
        assertThat(SpecFixtures.problemsOf(withDocInputs("[{\"type\": \"trigram\", \"bucket\": 10}]")))
                .anyMatch(p -> p.startsWith("docTower.inputs[0].bucket: ") && p.contains("\"buckets\""))
                .contains("docTower.inputs[0].column: is required");
    }

    @Test
    void transformerHiddenSizeMustDivideByTheHeads() {
        assertThat(SpecFixtures.problemsOf(withDocInputs(
                "[{\"type\": \"transformer\", \"column\": \"title\", \"dim\": 30, \"heads\": 4}]")))
                .contains("docTower.inputs[0].heads: the hidden size 30 must divide by the number of heads 4; "
                        + "e.g. dim 32 or heads 3");
    }

    @Test
    void aTextColumnMustBeATextColumnOfTheTowersOwnEntities() throws SpecException {
        IdDictionary queries = new IdDictionary();
        queries.getOrAdd("q1");
        IdDictionary documents = new IdDictionary();
        documents.getOrAdd("d1");
        InteractionsBuilder clicks = new InteractionsBuilder(1);
        clicks.add(0, 0, 1f, 0L);
        ClickDataset dataset = new ClickDataset("t", new DatasetSource(Path.of("t"), DatasetFormat.CSV, ""),
                queries, documents, clicks.build(),
                new FeatureTable(Map.of(), Map.of(), Map.of("query_text", new TextColumn("query_text", new String[] {"x"}))),
                new FeatureTable(Map.of(), Map.of(), Map.of("doc_title", new TextColumn("doc_title", new String[] {"y"}))));
        String json = SpecFixtures.MINIMAL
                .replace("\"queryTower\": {\"inputs\": [{\"type\": \"id\"}]}",
                        "\"queryTower\": {\"inputs\": [{\"type\": \"tokens\", \"column\": \"query_txt\"}]}")
                .replace("\"docTower\": {\"inputs\": [{\"type\": \"id\"}]}",
                        "\"docTower\": {\"inputs\": [{\"type\": \"trigram\", \"column\": \"doc_title\", \"dim\": 64}]}");
        ExperimentSpec spec = new SpecReader().read(json.replace("\"dim\": 64", "\"dim\": 64"), "t.json");

        assertThat(SpecDataCheck.problems(spec, dataset)).extracting(Object::toString).containsExactly(
                "queryTower.inputs[0].column: the queries have no text column \"query_txt\"; their text columns are "
                        + "query_text; did you mean \"query_text\"?");
    }
}
