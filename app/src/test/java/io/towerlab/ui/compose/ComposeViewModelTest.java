package io.towerlab.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.LossType;
import io.towerlab.core.spec.TrigramEncoderSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composer's edits, undo and redo, validation messages and shapes, without the toolkit. */
class ComposeViewModelTest {
    @TempDir
    Path store;

    private ComposeTesting composer() throws Exception {
        return new ComposeTesting(ComposeTesting.search(), store);
    }

    private static List<CanvasBlock> query(ComposeViewModel model) {
        return model.canvasProperty().get().query();
    }

    @Test
    void anEmptyCanvasCannotTrainAndSaysWhy() throws Exception {
        ComposeViewModel model = composer().model;

        assertThat(query(model)).isEmpty();
        assertThat(model.startingProperty().get()).isTrue();
        assertThat(model.trainBlockedProperty().get())
                .isEqualTo("Drag an input onto each tower, or pick a Template");
        assertThat(model.trainThis()).isFalse();
    }

    @Test
    void withOneTowerBuiltTheOtherTowersMissingInputIsAProblemToFix() throws Exception {
        ComposeViewModel model = composer().model;

        assertThat(model.insert(BlockRef.QUERY, BlockKind.TRIGRAM, -1)).isTrue();

        assertThat(model.startingProperty().get()).isFalse();
        assertThat(model.trainBlockedProperty().get()).startsWith("Fix 1 problem first: docTower.inputs")
                .contains("at least one input");
    }

    @Test
    void insertingAnInputReadsAColumnThatFitsAndShowsItsShapeAndParameters() throws Exception {
        ComposeViewModel model = composer().model;

        assertThat(model.insert(BlockRef.QUERY, BlockKind.TRIGRAM, -1)).isTrue();

        CanvasBlock trigram = query(model).get(0);
        assertThat(trigram.detail()).startsWith("text ·");
        assertThat(trigram.shape()).isEqualTo("[B, 300]");
        assertThat(trigram.parameters()).isEqualTo("9.0 M params");
        assertThat(model.selectedProperty().get()).isEqualTo(BlockRef.input(BlockRef.QUERY, 0));
        assertThat(model.properties()).extracting(BlockProperty::path).contains("queryTower.inputs[0].column",
                "queryTower.inputs[0].buckets");
        assertThat(model.properties().get(0).choices()).containsExactly("text");
    }

    @Test
    void inputsThatNeedAMissingColumnAreRefused() throws Exception {
        ComposeViewModel model = composer().model;

        assertThat(model.fits(BlockRef.QUERY, BlockKind.CATEGORICAL)).isFalse();
        assertThat(model.insert(BlockRef.QUERY, BlockKind.CATEGORICAL, -1)).isFalse();
        assertThat(model.messageProperty().get()).contains("categorical column of the queries");
        assertThat(model.insert(BlockRef.DOC, BlockKind.HISTORY, -1)).isFalse();
        assertThat(model.fits(BlockRef.DOC, BlockKind.CATEGORICAL)).isTrue();
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void layersChangeTheShapeAndTheConcatenationAddsInputs() throws Exception {
        ComposeViewModel model = composer().model;
        model.insert(BlockRef.DOC, BlockKind.TRIGRAM, -1);
        model.insert(BlockRef.DOC, BlockKind.ID, -1);
        model.insert(BlockRef.DOC, BlockKind.DENSE, -1);
        model.setProperty("docTower.layers[0].units", "32");
        model.insert(BlockRef.DOC, BlockKind.DROPOUT, -1);
        model.insert(BlockRef.DOC, BlockKind.NORMALIZE, -1);

        List<CanvasBlock> doc = model.canvasProperty().get().doc();
        assertThat(doc).extracting(CanvasBlock::title).containsExactly("Letter trigrams", "ID embedding",
                "Concatenate", "Dense", "Dropout", "L2 normalise");
        assertThat(doc).extracting(CanvasBlock::shape).containsExactly("[B, 300]", "[B, 64]", "[B, 364]",
                "[B, 32]", "[B, 32]", "[B, 32]");
        assertThat(doc.get(3).parameters()).isEqualTo("11.7 K params");
        assertThat(model.canvasProperty().get().docTotal()).endsWith("out [B, 32]");
    }

    @Test
    void moveDuplicateAndDeleteEditTheListsInPlace() throws Exception {
        ComposeViewModel model = composer().model;
        model.insert(BlockRef.QUERY, BlockKind.TRIGRAM, -1);
        model.insert(BlockRef.QUERY, BlockKind.DENSE, -1);
        model.insert(BlockRef.QUERY, BlockKind.LAYERNORM, -1);

        model.move(BlockRef.layer(BlockRef.QUERY, 1), 0);
        assertThat(types(model)).containsExactly("trigram", "layernorm", "dense");
        assertThat(model.selectedProperty().get()).isEqualTo(BlockRef.layer(BlockRef.QUERY, 0));

        model.duplicate(BlockRef.layer(BlockRef.QUERY, 1));
        assertThat(types(model)).containsExactly("trigram", "layernorm", "dense", "dense");

        model.delete(BlockRef.layer(BlockRef.QUERY, 0));
        assertThat(types(model)).containsExactly("trigram", "dense", "dense");
        assertThat(model.selectedProperty().get()).isNull();

        model.insert(BlockRef.QUERY, BlockKind.NORMALIZE, -1);
        model.delete(BlockRef.normalize(BlockRef.QUERY));
        assertThat(model.check().spec().queryTower().normalize()).isFalse();
    }

    private static List<String> types(ComposeViewModel model) {
        return query(model).stream().map(b -> b.kind().type()).toList();
    }

    @Test
    void everyEditUndoesAndRedoes() throws Exception {
        ComposeViewModel model = composer().model;
        String empty = model.jsonProperty().get();
        model.insert(BlockRef.QUERY, BlockKind.TRIGRAM, -1);
        String one = model.jsonProperty().get();
        model.setProperty("similarity.temperature", "0.1");
        String two = model.jsonProperty().get();

        model.undo();
        assertThat(model.jsonProperty().get()).isEqualTo(one);
        model.undo();
        assertThat(model.jsonProperty().get()).isEqualTo(empty);
        assertThat(model.canUndoProperty().get()).isFalse();
        model.redo();
        model.redo();
        assertThat(model.jsonProperty().get()).isEqualTo(two);
        assertThat(model.canRedoProperty().get()).isFalse();

        model.undo();
        model.insert(BlockRef.DOC, BlockKind.ID, -1);
        assertThat(model.canRedoProperty().get()).as("a new edit drops the redo steps").isFalse();
    }

    @Test
    void aTemperatureAtOrBelowZeroIsMarkedOnTheSimilarity() throws Exception {
        ComposeViewModel model = composer().model;
        model.applyTemplate(Template.DSSM);
        model.setProperty("similarity.temperature", "0");

        CanvasBlock similarity = model.canvasProperty().get().head().get(0);
        assertThat(similarity.problems()).containsExactly("temperature: must be > 0");
        assertThat(model.trainBlockedProperty().get()).isEqualTo("Fix 1 problem first: similarity.temperature: must be > 0");
    }

    @Test
    void towersEndingInDifferentSizesAreMarkedOnBothOutputs() throws Exception {
        ComposeViewModel model = composer().model;
        model.applyTemplate(Template.DSSM);
        model.setProperty("docTower.layers[1].units", "64");

        CanvasBlock queryOut = query(model).get(2);
        CanvasBlock docOut = model.canvasProperty().get().doc().get(2);
        assertThat(queryOut.problems()).singleElement().asString().contains("end in 128 and 64 dimensions");
        assertThat(docOut.problems()).isEqualTo(queryOut.problems());
        assertThat(model.trainBlockedProperty().get()).contains("end in 128 and 64");
    }

    @Test
    void aTextEncoderOnANonTextColumnIsMarkedOnItsBlock() throws Exception {
        ComposeViewModel model = composer().model;
        model.applyTemplate(Template.DSSM);
        model.setProperty("docTower.inputs[0].column", "category");

        assertThat(model.canvasProperty().get().doc().get(0).problems()).singleElement().asString()
                .contains("no text column \"category\"").contains("it is a categorical column");
    }

    @Test
    void theDssmTemplateIsTheShippedDssmExperiment() throws Exception {
        ComposeTesting composer = composer();
        composer.model.applyTemplate(Template.DSSM);
        ExperimentSpec shipped = ComposeTesting.shippedDssm();

        assertThat(composer.model.trainBlockedProperty().get()).isEmpty();
        assertThat(composer.model.trainThis()).isTrue();
        ExperimentSpec spec = composer.trained.get(0);
        assertThat(spec.queryTower()).isEqualTo(shipped.queryTower());
        assertThat(spec.docTower()).isEqualTo(shipped.docTower());
        assertThat(spec.similarity()).isEqualTo(shipped.similarity());
        assertThat(spec.loss()).isEqualTo(shipped.loss());
        assertThat(spec.negatives()).isEqualTo(shipped.negatives());
        assertThat(((TrigramEncoderSpec) spec.docTower().inputs().get(0)).column()).isEqualTo("title");
        assertThat(composer.model.canvasProperty().get().queryCost()).isEqualTo("≈ 275 K FLOPs per request");
    }

    @Test
    void everyTemplateIsValidOnTheSearchSample() throws Exception {
        ComposeViewModel model = composer().model;
        for (Template template : Template.values()) {
            model.applyTemplate(template);
            assertThat(model.trainBlockedProperty().get()).as(template.title()).isEmpty();
        }
        ExperimentSpec clip = model.check().spec();
        assertThat(clip.loss().type()).isEqualTo(LossType.FPS);
        assertThat(clip.loss().symmetric()).isTrue();
        assertThat(clip.similarity().learnTemperature()).isTrue();
    }

    @Test
    void badJsonIsReportedWithItsLineAndLeavesTheCanvasAsItWas() throws Exception {
        ComposeViewModel model = composer().model;
        model.applyTemplate(Template.DSSM);
        Canvas before = model.canvasProperty().get();

        assertThat(model.applyJson("{\n  \"name\": \"x\",\n  \"queryTower\": {\n}")).isFalse();
        assertThat(model.jsonErrorProperty().get()).startsWith("spec JSON:4:").contains("JSON syntax error");
        assertThat(model.applyJson("[1, 2]")).isFalse();
        assertThat(model.jsonErrorProperty().get()).contains("must be an object");
        assertThat(model.canvasProperty().get()).isEqualTo(before);

        String edited = model.jsonProperty().get().replace("\"units\" : 300", "\"units\" : 256")
                .replace("\"units\": 300", "\"units\": 256");
        assertThat(model.applyJson(edited)).isTrue();
        assertThat(model.jsonErrorProperty().get()).isEmpty();
        assertThat(query(model).get(1).shape()).isEqualTo("[B, 256]");
        model.undo();
        assertThat(model.canvasProperty().get()).isEqualTo(before);
    }

    @Test
    void saveAndOpenKeepTheSpec(@TempDir Path folder) throws Exception {
        ComposeViewModel model = composer().model;
        model.applyTemplate(Template.CLIP);
        Path file = folder.resolve("clip.json");

        assertThat(model.save()).as("no file yet: the view asks where").isFalse();
        assertThat(model.saveAs(file)).isTrue();
        assertThat(model.dirtyProperty().get()).isFalse();
        ComposeViewModel other = composer().model;
        other.open(file);

        assertThat(other.canvasProperty().get()).isEqualTo(model.canvasProperty().get());
        assertThat(Files.readString(file)).isEqualTo(model.jsonProperty().get());
        assertThat(other.fileProperty().get()).isEqualTo(file);
    }

    @Test
    void withNoBlockSelectedTheSheetShowsTheExperimentSettings() throws Exception {
        ComposeViewModel model = composer().model;
        model.setProperty("training.epochs", "1");
        model.setProperty("name", "mine");

        assertThat(model.properties()).extracting(BlockProperty::path).startsWith("name", "training.epochs");
        assertThat(model.check().spec().training().epochs()).isEqualTo(1);
        assertThat(model.check().spec().name()).isEqualTo("mine");
        model.selectedProperty().set(BlockRef.head(BlockRef.Part.LOSS));
        assertThat(model.properties()).extracting(BlockProperty::path)
                .containsExactly("loss.type", "loss.symmetric", "loss.logQ", "loss.maskAccidentalHits");
        model.setProperty("loss.type", "triplet");
        assertThat(model.properties()).extracting(BlockProperty::path)
                .containsExactly("loss.type", "loss.margin", "negatives.sampler", "negatives.count");
        assertThat(model.properties().get(0).help()).contains("One of:").contains("Spec key: loss.type");
    }

    @Test
    void startingFromASavedRunCopiesItsSpecWithInit() throws Exception {
        Path run = Files.createDirectories(store.resolve("20260101-dssm"));
        Files.copy(io.towerlab.ui.TestPaths.EXPERIMENTS.resolve("search-small-dssm.json"), run.resolve("spec.json"));
        ComposeViewModel model = composer().model;

        model.startFromRun(new io.towerlab.core.store.RunSummary("20260101-dssm", "search-small-dssm", "COMPLETED",
                null, null, null, null, null, java.util.Map.of(), null, null, null, null, null, null, null, null,
                null));

        ExperimentSpec spec = model.check().spec();
        assertThat(spec.name()).isEqualTo("search-small-dssm-finetune");
        assertThat(spec.init().run()).isEqualTo("20260101-dssm");
        assertThat(spec.queryTower()).isEqualTo(ComposeTesting.shippedDssm().queryTower());
        assertThat(model.canvasProperty().get().head()).extracting(CanvasBlock::title)
                .contains("Fine-tune from 20260101-dssm");
        assertThat(model.selectedProperty().get()).isEqualTo(BlockRef.head(BlockRef.Part.INIT));
        model.undo();
        assertThat(model.check().spec().init()).isNull();
    }
}
