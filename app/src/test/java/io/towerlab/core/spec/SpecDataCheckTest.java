package io.towerlab.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.data.CategoricalColumn;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetFormat;
import io.towerlab.core.data.DatasetSource;
import io.towerlab.core.data.FeatureTable;
import io.towerlab.core.data.IdDictionary;
import io.towerlab.core.data.InteractionsBuilder;
import io.towerlab.core.data.NumericColumn;
import io.towerlab.core.data.TextColumn;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecDataCheckTest {

    private static ClickDataset dataset() {
        IdDictionary queries = new IdDictionary();
        queries.getOrAdd("u1");
        IdDictionary documents = new IdDictionary();
        documents.getOrAdd("m1");
        IdDictionary genres = new IdDictionary();
        genres.getOrAdd("drama");
        InteractionsBuilder clicks = new InteractionsBuilder(1);
        clicks.add(0, 0, 1f, 0L);
        FeatureTable documentFeatures = new FeatureTable(
                Map.of("category", new CategoricalColumn("category", genres, new int[] {0, 1}, new int[] {0})),
                Map.of("year", new NumericColumn("year", new float[] {1999f})),
                Map.of("title", new TextColumn("title", new String[] {"A film"})));
        return new ClickDataset("tiny", new DatasetSource(Path.of("tiny"), DatasetFormat.CSV, ""), queries, documents,
                clicks.build(), FeatureTable.empty(), documentFeatures);
    }

    private static ExperimentSpec spec(List<EncoderSpec> queryInputs, List<EncoderSpec> docInputs, SplitType split) throws SpecException {
        ExperimentSpec base = new SpecReader().read(SpecFixtures.MINIMAL, "t");
        return new ExperimentSpec(base.name(), "", new DataSpec("d", DataFormat.AUTO, null,
                new SplitSpec(split, 0.1, 0.1, 3, 1, null, null)),
                new TowerSpec(queryInputs, List.of(), false),
                new TowerSpec(docInputs, List.of(), false), base.similarity(), base.loss(), base.negatives(),
                base.optimizer(), base.training(), base.evaluation());
    }

    @Test
    void matchingColumnsPass() throws SpecException {
        ExperimentSpec ok = spec(List.of(new IdEncoderSpec(8)),
                List.of(new CategoricalEncoderSpec("category", 8), new NumericEncoderSpec("year")),
                SplitType.LEAVE_LAST_OUT);

        assertThat(SpecDataCheck.problems(ok, dataset())).isEmpty();
    }

    @Test
    void missingOrMiskindedColumnsAreNamedWithWhatExists() throws SpecException {
        ExperimentSpec wrong = spec(List.of(new IdEncoderSpec(8), new CategoricalEncoderSpec("segment", 4)),
                List.of(new CategoricalEncoderSpec("categroy", 8),
                new CategoricalEncoderSpec("title", 8), new NumericEncoderSpec("category")), SplitType.TEMPORAL);

        assertThat(SpecDataCheck.problems(wrong, dataset())).extracting(Object::toString).containsExactly(
                "queryTower.inputs[1].column: the queries have no categorical column \"segment\"; they have no "
                        + "categorical columns at all",
                "docTower.inputs[0].column: the documents have no categorical column \"categroy\"; their "
                        + "categorical columns are category; did you mean \"category\"?",
                "docTower.inputs[1].column: the documents have no categorical column \"title\"; it is a text column",
                "docTower.inputs[2].column: the documents have no numeric column \"category\"; it is a categorical "
                        + "column",
                "data.split.type: \"temporal\" needs timestamps, and the interactions have none; use \"random\" or "
                        + "map a timestamp column");
    }
}
