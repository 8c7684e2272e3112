package io.towerlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Query-text / document-text click logs: queries identified by their text, texts kept as features. */
class TextClickLogImportTest {
    @TempDir
    Path dir;

    private final DatasetImporter importer = new DatasetImporter();

    private ClickDataset load(String text) throws Exception {
        Path file = Files.writeString(dir.resolve("log.csv"), text, StandardCharsets.UTF_8);
        return importer.load(file, ImportOptions.defaults()).dataset();
    }

    @Test
    void aQueryWithoutIdIsIdentifiedByItsTrimmedText() throws Exception {
        ClickDataset data = load("search_query,doc_id,doc_title,description\n"
                + "red kettle,d1,Copper Kettle,A kettle for tea\n"
                + " red kettle ,d2,Steel Kettle,Boils fast\n"
                + "kettel,d1,Copper Kettle,ignored: d1 is known\n"
                + "garden hose,d3,Long Hose,\n");
        assertThat(data.queryCount()).isEqualTo(3);
        assertThat(data.documentCount()).isEqualTo(3);
        assertThat(data.interactionCount()).isEqualTo(4);
        assertThat(data.queries().idOf(0)).isEqualTo("red kettle");
        assertThat(data.interactions().queryArray()).containsExactly(0, 0, 1, 2);
        assertThat(data.queryFeatures().text()).containsOnlyKeys("text");
        assertThat(data.queryFeatures().text().get("text").values())
                .containsExactly("red kettle", "kettel", "garden hose");
        assertThat(data.documentFeatures().text()).containsOnlyKeys("doc_title", "description");
        assertThat(data.documentFeatures().text().get("doc_title").values())
                .containsExactly("Copper Kettle", "Steel Kettle", "Long Hose");
        assertThat(data.documentFeatures().text().get("description").values())
                .containsExactly("A kettle for tea", "Boils fast", null);
    }

    @Test
    void aQueryIdColumnIdentifiesQueriesAndTheTextIsTheirFeature() throws Exception {
        ClickDataset data = load("qid,query_text,item_id,title\nq1,red kettle,7,Copper Kettle\n"
                + "q2,red kettle,8,Steel Kettle\nq1,red kettle,8,Steel Kettle\n");
        assertThat(data.queryCount()).isEqualTo(2);
        assertThat(data.queries().idOf(1)).isEqualTo("q2");
        assertThat(data.queryFeatures().text().get("text").values()).containsExactly("red kettle", "red kettle");
        assertThat(data.documents().idOf(0)).isEqualTo("7");
        assertThat(data.documentFeatures().text().get("title").values()).containsExactly("Copper Kettle", "Steel Kettle");
    }

    @Test
    void documentsWithoutIdAreIdentifiedByTheirTitleAndAUserColumnDoesNotHideTheQueryText() throws Exception {
        ClickDataset data = load("user_id,query,title,clicks\n1,lamp,Brass Lamp,1\n2,lamp,Desk Lamp,1\n"
                + "2,desk lamp,Desk Lamp,2\n");
        assertThat(data.queryCount()).isEqualTo(2);
        assertThat(data.queries().idOf(1)).isEqualTo("desk lamp");
        assertThat(data.documentCount()).isEqualTo(2);
        assertThat(data.documents().idOf(1)).isEqualTo("Desk Lamp");
        assertThat(data.documentFeatures().text().get("title").values()).containsExactly("Brass Lamp", "Desk Lamp");
        assertThat(data.interactions().weightArray()).containsExactly(1f, 1f, 2f);
    }

    @Test
    void explicitTextColumnsAndManifestsAreNotExtendedByDetection() throws Exception {
        Path file = Files.writeString(dir.resolve("log.csv"), "user_id,item_id,title,description\n1,a,A,x\n");
        ImportOptions options = ImportOptions.defaults().withMapping(ColumnMapping.detect()
                .withDocumentFeatures(List.of(), List.of(), List.of("description")));
        ClickDataset data = importer.load(file, options).dataset();
        assertThat(data.documentFeatures().text()).containsOnlyKeys("description");
        assertThat(data.queryFeatures().text()).isEmpty();
        ClickDataset undetected = importer.load(file, ImportOptions.defaults()
                .withMapping(ColumnMapping.detect().withTextDetection(false))).dataset();
        assertThat(undetected.documentFeatures().isEmpty()).isTrue();
    }
}
