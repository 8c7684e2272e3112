package io.towerlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {
    @TempDir
    Path dir;

    private final DatasetImporter importer = new DatasetImporter();

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void oddColumnNamesWithBomAndSemicolonsAreDetected() throws Exception {
        Path file = write("log.csv", "\uFEFFUserID;MovieId;Score;When\r\nalice;m1;4;1600000000\r\n"
                + "bob;m1;2;1600000500000\r\nalice;m2;5;2020-09-13T12:26:40+00:00\r\n");
        ClickDataset data = importer.load(file, ImportOptions.defaults()).dataset();
        assertThat(data.queryCount()).isEqualTo(2);
        assertThat(data.documentCount()).isEqualTo(2);
        assertThat(data.queries().idOf(0)).isEqualTo("alice");
        assertThat(data.interactions().weightArray()).containsExactly(4f, 2f, 5f);
        assertThat(data.interactions().timestampArray()).containsExactly(1600000000L, 1600000500L, 1600000000L);
    }

    @Test
    void quotedFieldsWithDelimitersAndNewlinesFeedDocumentText() throws Exception {
        Path file = write("log.csv", "user_id,item_id,title\n1,a,\"Hello, world\"\n2,b,\"two\nlines\"\n"
                + "3,a,\"ignored, a's title is already known\"\n");
        ImportOptions options = ImportOptions.defaults().withMapping(ColumnMapping.detect()
                .withDocumentFeatures(List.of(), List.of(), List.of("title")));
        ImportResult result = importer.load(file, options);
        ClickDataset data = result.dataset();
        assertThat(result.report().isClean()).isTrue();
        assertThat(data.interactionCount()).isEqualTo(3);
        assertThat(data.documentFeatures().text().get("title").values()).containsExactly("Hello, world", "two\nlines");
        assertThat(data.interactions().hasTimestamps()).isFalse();
        assertThat(data.interactions().timestampArray()).containsExactly(0L, 1L, 2L);
        assertThat(data.interactions().weightArray()).containsExactly(1f, 1f, 1f);
    }

    @Test
    void explicitMappingOverridesTheHeuristics() throws Exception {
        Path file = write("log.tsv", "user_id\tsession\tproduct\titem_id\tsegment\n"
                + "u1\ts1\tp1\ti1\tgold\nu1\ts2\tp2\ti1\tgold\nu2\ts2\tp1\ti2\tsilver\n");
        ImportOptions options = ImportOptions.defaults().withMapping(ColumnMapping.of("session", "product")
                .withQueryFeatures(List.of("segment"), List.of(), List.of()));
        ClickDataset data = importer.load(file, options).dataset();
        assertThat(data.source().format()).isEqualTo(DatasetFormat.TSV);
        assertThat(data.queryCount()).isEqualTo(2);
        assertThat(data.queries().idOf(1)).isEqualTo("s2");
        assertThat(data.documents().idOf(0)).isEqualTo("p1");
        CategoricalColumn segment = data.queryFeatures().categorical().get("segment");
        assertThat(segment.vocabulary().idOf(segment.firstCode(1))).isEqualTo("gold");
    }

    @Test
    void unknownColumnInTheMappingIsReportedWithTheColumnsFound() throws Exception {
        Path file = write("log.csv", "user_id,item_id\n1,2\n");
        assertThatThrownBy(() -> importer.load(file, ImportOptions.defaults()
                .withMapping(ColumnMapping.of("visitor", null))))
                .hasMessage(file + ": the query column 'visitor' is not in the header (columns: user_id, item_id). "
                        + "Check the column name in the mapping");
    }

    @Test
    void clickRuleFiltersRowsBelowTheThresholdAndKeepsTheirDocumentsInTheCatalogue() throws Exception {
        Path file = write("log.csv", "query,doc_id,clicks\nq1,d1,0\nq1,d2,1\nq2,d2,3\nq3,d3,0\n");
        ImportResult result = importer.load(file, ImportOptions.defaults().withMinRelevance(1.0));
        assertThat(result.report().rowsRead()).isEqualTo(4);
        assertThat(result.report().rowsFiltered()).isEqualTo(2);
        assertThat(result.dataset().interactionCount()).isEqualTo(2);
        assertThat(result.dataset().documentCount()).isEqualTo(3);
        assertThat(result.dataset().queryCount()).isEqualTo(2);
    }

    @Test
    void clickRuleThatKeepsNothingIsAnError() throws Exception {
        Path file = write("log.csv", "user_id,item_id,rating\n1,1,2\n2,1,3\n");
        assertThatThrownBy(() -> importer.load(file, ImportOptions.defaults().withMinRelevance(4.0)))
                .hasMessage(file + ": no row passes the click rule relevance >= 4.0 (relevance seen: 2.0 to 3.0). "
                        + "Lower the minimum relevance or count every row as a click");
    }

    @Test
    void splitColumnGivesEachRowItsPredefinedRole() throws Exception {
        Path file = write("log.csv", "user_id,item_id,split\n1,1,train\n1,2,valid\n1,3,test\n2,1,nonsense\n");
        ImportResult result = importer.load(file, ImportOptions.defaults());
        Interactions rows = result.dataset().interactions();
        assertThat(rows.hasPredefinedSplit()).isTrue();
        assertThat(List.of(rows.predefinedRole(0), rows.predefinedRole(1), rows.predefinedRole(2)))
                .containsExactly(SplitRole.TRAIN, SplitRole.VALID, SplitRole.TEST);
        assertThat(result.report().problems()).containsExactly(
                new RowProblem(file, 5, 3, "unknown split 'nonsense' (expected train, valid or test)"));
    }

    @Test
    void duplicateColumnNamesAreReportedOnTheHeaderLine() throws Exception {
        Path file = write("log.csv", "user_id,item_id,rating,Rating\n1,2,3,4\n");
        ImportResult result = importer.load(file, ImportOptions.defaults());
        assertThat(result.report().problems()).containsExactly(new RowProblem(file, 1, 4,
                "duplicate column name 'Rating' in the header; the first one is used"));
        assertThat(result.dataset().interactions().weight(0)).isEqualTo(3f);
        assertThatThrownBy(() -> importer.load(file, ImportOptions.defaults().withBadRows(BadRowPolicy.FAIL)))
                .hasMessage(file + ":1:4: duplicate column name 'Rating' in the header; the first one is used. "
                        + "Rename one of the columns");
    }

    @Test
    void headerlessFileGetsAHintToAddAHeader() throws Exception {
        Path file = write("u.csv", "196,242,3,881250949\n186,302,3,891717742\n");
        assertThatThrownBy(() -> importer.load(file, ImportOptions.defaults()))
                .hasMessageEndingWith("The first line looks like data, not column names: add a header row such as "
                        + "user_id,item_id");
    }

    @Test
    void largeFileKeepsEveryRowAcrossBufferBoundaries() throws Exception {
        StringBuilder text = new StringBuilder("user_id,item_id,rating,timestamp\n");
        for (int i = 0; i < 50_000; i++) {
            text.append(i % 977).append(",\"item ").append(i % 313).append("\",").append(1 + i % 5).append(',')
                    .append(1_600_000_000L + i).append('\n');
        }
        ClickDataset data = importer.load(write("big.csv", text.toString()), ImportOptions.defaults()).dataset();
        assertThat(data.interactionCount()).isEqualTo(50_000);
        assertThat(data.queryCount()).isEqualTo(977);
        assertThat(data.documentCount()).isEqualTo(313);
        assertThat(data.documents().idOf(data.interactions().document(49_999))).isEqualTo("item " + 49_999 % 313);
        assertThat(data.interactions().timestamp(49_999)).isEqualTo(1_600_049_999L);
    }
}
