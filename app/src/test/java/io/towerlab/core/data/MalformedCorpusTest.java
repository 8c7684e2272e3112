package io.towerlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file of {@code sample-data/malformed/} gets one located message or a counted skip. */
class MalformedCorpusTest {
    static final Path CORPUS = corpus();

    private static Path corpus() {
        Path fromModule = Path.of("..", "sample-data", "malformed");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("sample-data", "malformed");
    }

    private final DatasetImporter importer = new DatasetImporter();

    static Stream<Arguments> skippedRows() {
        return Stream.of(
                Arguments.of("wrong-column-count.csv", 5, 4, 0, "expected 4 fields but found 3"),
                Arguments.of("non-numeric-id.csv", 6, 5, 1,
                        "non-numeric id 'u17' in column user_id (the other ids of this column are integers)"),
                Arguments.of("bad-timestamp.csv", 4, 3, 4, "unparseable timestamp 'yesterday' (expected epoch "
                        + "seconds or milliseconds, or an ISO-8601 date or date-time)"),
                Arguments.of("empty-required-field.csv", 4, 4, 2, "empty item_id"),
                Arguments.of("unclosed-quote.csv", 4, 5, 4,
                        "a quoted field starts on this row and is never closed (the file ends inside quotes)"),
                Arguments.of("bad-row-deep.csv", 300, 251, 3, "non-numeric rating 'four' where a number is required"),
                Arguments.of("repeated-header.csv", 4, 4, 0, "the header row appears again inside the data"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("skippedRows")
    void malformedRowIsSkippedCountedAndLocated(String name, int rowsRead, long line, int column, String reason)
            throws DataFormatException {
        Path file = CORPUS.resolve(name);
        ValidationReport report = importer.load(file, ImportOptions.defaults()).report();
        assertThat(report.rowsRead()).isEqualTo(rowsRead);
        assertThat(report.rowsSkipped()).isEqualTo(1);
        assertThat(report.rowsKept()).isEqualTo(rowsRead - 1);
        assertThat(report.problems()).containsExactly(new RowProblem(file, line, column, reason));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("skippedRows")
    void failPolicyStopsAtTheSameLocatedProblem(String name, int rowsRead, long line, int column, String reason) {
        Path file = CORPUS.resolve(name);
        assertThatThrownBy(() -> importer.load(file, ImportOptions.defaults().withBadRows(BadRowPolicy.FAIL)))
                .isInstanceOfSatisfying(DataFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).startsWith(file + ":" + line).contains(reason).contains(". ");
                });
    }

    static Stream<Arguments> unreadableFiles() {
        return Stream.of(
                Arguments.of("binary.csv", "binary content (a NUL byte at byte 9), not a text click log. "
                        + "Export the data as CSV or TSV text and open that file"),
                Arguments.of("empty.csv", "the file is empty. "
                        + "Choose a click log with a header row and at least one data row"),
                Arguments.of("header-only.csv", "the file has a header but no data rows. "
                        + "Choose a click log with at least one row of interactions"),
                Arguments.of("no-id-columns.csv", "found neither a query (user) nor a document (item) id column "
                        + "among the columns [name, colour, size] (delimiter ','). Name the columns e.g. user_id and "
                        + "item_id, give the column names explicitly, or describe the file in a dataset.json manifest"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableFiles")
    void fileThatCannotBeAClickLogGetsOneClearMessage(String name, String message) {
        Path file = CORPUS.resolve(name);
        assertThatThrownBy(() -> importer.load(file, ImportOptions.defaults()))
                .isInstanceOf(DataFormatException.class)
                .hasMessage(file + ": " + message)
                .hasNoCause();
    }

    @Test
    void latin1BytesInAUtf8FileAreReadAsLatin1WithANoteNamingTheLine() throws DataFormatException {
        Path file = CORPUS.resolve("latin1-in-utf8.csv");
        ImportResult result = importer.load(file, ImportOptions.defaults());
        assertThat(result.report().rowsSkipped()).isZero();
        assertThat(result.report().notes()).containsExactly(
                "latin1-in-utf8.csv: line 3 is not valid UTF-8, so the file was read as Latin-1 (ISO-8859-1)");
        assertThat(result.dataset().documents().indexOf("café")).isGreaterThanOrEqualTo(0);
        assertThat(result.dataset().documents().indexOf("crème brûlée")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void bomAndSemicolonsWithOddColumnNamesReadCleanly() throws DataFormatException {
        ImportResult result = importer.load(CORPUS.resolve("bom-semicolons.csv"), ImportOptions.defaults());
        ClickDataset dataset = result.dataset();
        assertThat(result.report().isClean()).isTrue();
        assertThat(dataset.queryCount()).isEqualTo(2);
        assertThat(dataset.documentCount()).isEqualTo(2);
        assertThat(dataset.queries().idOf(0)).isEqualTo("7");
        Interactions rows = dataset.interactions();
        assertThat(rows.hasTimestamps()).isTrue();
        assertThat(rows.weight(0)).isEqualTo(4.5f);
        assertThat(rows.timestamp(0)).isEqualTo(1577923200L);
        assertThat(rows.timestamp(1)).isEqualTo(1578038400L);
    }

    @Test
    void everyCorpusFileIsCoveredByATest() throws Exception {
        long tested = skippedRows().count() + unreadableFiles().count() + 2;
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(files.filter(f -> f.toString().endsWith(".csv")).count()).isEqualTo(tested);
        }
    }
}
