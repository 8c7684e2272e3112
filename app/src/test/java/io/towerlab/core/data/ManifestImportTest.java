package io.towerlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder as the generator writes it: dataset.json, interactions, documents and queries files. */
class ManifestImportTest {
    @TempDir
    Path dir;

    private final DatasetImporter importer = new DatasetImporter();

    @BeforeEach
    void writeFolder() throws IOException {
        Files.writeString(dir.resolve("dataset.json"), """
                { "format": "towerlab-dataset/1", "name": "tiny",
                  "interactions": { "file": "interactions.csv", "query": "user_id", "document": "item_id",
                                    "relevance": "relevance", "timestamp": "timestamp" },
                  "documents": { "file": "documents.csv", "id": "item_id", "categorical": ["category"],
                                 "numeric": ["popularity"], "text": ["title"] },
                  "queries": { "file": "queries.csv", "id": "user_id", "categorical": ["segment"] },
                  "clickRule": { "minRelevance": 1.0 },
                  "generator": { "preset": "tiny", "seed": 7 } }
                """);
        Files.writeString(dir.resolve("interactions.csv"), "user_id,item_id,relevance,timestamp\n"
                + "u1,d2,1,1700000000\nu1,d1,0.5,1700000100\nu2,d2,2,1700000200\nu3,d1,1,1700000300\n");
        Files.writeString(dir.resolve("documents.csv"), "item_id,category,title,popularity\n"
                + "d1,sport|news,\"Goals, goals, goals\",0.7\nd2,cooking,Slow bread,0.2\nd3,news,Never clicked,0.1\n");
        Files.writeString(dir.resolve("queries.csv"), "user_id,segment\nu1,gold\nu2,silver\nu3,gold\n");
    }

    @Test
    void readsSideFilesFirstSoUnclickedDocumentsAreInTheCatalogue() throws Exception {
        ImportResult result = importer.load(dir, ImportOptions.defaults());
        ClickDataset data = result.dataset();
        assertThat(data.name()).isEqualTo("tiny");
        assertThat(data.source().format()).isEqualTo(DatasetFormat.MANIFEST);
        assertThat(data.documentCount()).isEqualTo(3);
        assertThat(data.documents().idOf(2)).isEqualTo("d3");
        assertThat(data.queryCount()).isEqualTo(3);
        assertThat(data.interactionCount()).isEqualTo(3);
        assertThat(result.report().rowsFiltered()).isEqualTo(1);
        FeatureTable docs = data.documentFeatures();
        assertThat(docs.categorical().get("category").valueCount(0)).isEqualTo(2);
        assertThat(docs.text().get("title").values()).containsExactly("Goals, goals, goals", "Slow bread",
                "Never clicked");
        assertThat(docs.numeric().get("popularity").values()).containsExactly(0.7f, 0.2f, 0.1f);
        CategoricalColumn segment = data.queryFeatures().categorical().get("segment");
        assertThat(segment.vocabulary().size()).isEqualTo(2);
    }

    @Test
    void optionsOverrideTheManifestClickRule() throws Exception {
        ImportResult result = importer.load(dir.resolve("dataset.json"),
                ImportOptions.defaults().withMinRelevance(0.0));
        assertThat(result.dataset().interactionCount()).isEqualTo(4);
        assertThat(result.report().rowsFiltered()).isZero();
    }

    @Test
    void digestChangesWhenAnyFileChanges() throws Exception {
        String before = importer.load(dir, ImportOptions.defaults()).dataset().source().sha256();
        Files.writeString(dir.resolve("queries.csv"), "user_id,segment\nu1,gold\nu2,bronze\nu3,gold\n");
        String after = importer.load(dir, ImportOptions.defaults()).dataset().source().sha256();
        assertThat(after).isNotEqualTo(before).hasSize(64);
    }

    @Test
    void unknownManifestFieldIsLocatedByLineAndJsonPath() throws Exception {
        Path json = dir.resolve("dataset.json");
        Files.writeString(json, "{ \"name\": \"x\",\n  \"interactions\": { \"file\": \"interactions.csv\",\n"
                + "    \"querry\": \"user_id\" } }\n");
        assertThatThrownBy(() -> importer.load(dir, ImportOptions.defaults()))
                .isInstanceOfSatisfying(DataFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith(json + ":3:")
                            .contains("invalid manifest at $.interactions.querry");
                });
    }

    @Test
    void manifestNamingAMissingFileSaysWhichOne() throws Exception {
        Files.delete(dir.resolve("documents.csv"));
        assertThatThrownBy(() -> importer.load(dir, ImportOptions.defaults()))
                .hasMessage(dir.resolve("dataset.json") + ": $.documents.file names documents.csv, which is not in "
                        + dir + ". Check the file name in the manifest");
    }
}
