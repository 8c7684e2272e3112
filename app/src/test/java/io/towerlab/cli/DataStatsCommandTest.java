package io.towerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DataStatsCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = TowerlabCommand.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return line.execute(args);
    }

    private Path log() throws Exception {
        return Files.writeString(dir.resolve("log.csv"),
                "user_id,item_id,rating,timestamp\n1,a,5,1600000000\n1,b,2,1600000100\n2,a,4,1600000200\n"
                        + "3,a,oops,1600000300\n");
    }

    @Test
    void jsonHoldsStatsSourceAndValidationSummary() throws Exception {
        int code = run("data", "stats", log().toString(), "--json", "--min-relevance", "4");
        assertThat(code).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.at("/stats/interactions").asInt()).isEqualTo(2);
        assertThat(root.at("/stats/documents").asInt()).isEqualTo(2);
        assertThat(root.at("/source/format").asText()).isEqualTo("CSV");
        assertThat(root.at("/validation/rowsRead").asInt()).isEqualTo(4);
        assertThat(root.at("/validation/rowsSkipped").asInt()).isEqualTo(1);
        assertThat(root.at("/validation/rowsFiltered").asInt()).isEqualTo(1);
        assertThat(root.at("/validation/firstProblems/0").asText()).endsWith("log.csv:5:3: non-numeric rating "
                + "'oops' where a number is required");
    }

    @Test
    void tableIsTheDefaultOutput() throws Exception {
        assertThat(run("data", "stats", log().toString())).isZero();
        assertThat(out.toString()).contains("Interactions   3").contains("Long tail").contains("count per")
                .contains("Rows           read 4, kept 3, skipped 1");
    }

    @Test
    void unreadableDataExitsWithCodeTwoAndOneMessageWithoutStackTrace() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertThat(run("data", "stats", empty.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(empty + ": the file is empty. "
                + "Choose a click log with a header row and at least one data row");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void failOnBadRowsStopsAtTheFirstLocatedProblem() throws Exception {
        Path file = log();
        assertThat(run("data", "stats", file.toString(), "--fail-on-bad-rows")).isEqualTo(2);
        assertThat(err.toString()).startsWith(file + ":5:3: non-numeric rating 'oops'").doesNotContain("\tat ");
    }
}
