package io.towerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SearchSampleStatsCommandTest {
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine line = TowerlabCommand.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(new StringWriter()));
        return line.execute(args);
    }

    @Test
    void statsOfTheShippedSearchSampleReportItsTextFeaturesAndNoBadRows() throws Exception {
        assertThat(run("data", "stats", "../sample-data/search-small", "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.at("/stats/documents").asInt()).isEqualTo(500);
        assertThat(root.at("/stats/queries").asInt()).isGreaterThan(4_000);
        assertThat(root.at("/stats/interactions").asInt()).isGreaterThan(30_000);
        assertThat(root.at("/stats/features/queryText").toString()).isEqualTo("[\"text\"]");
        assertThat(root.at("/stats/features/documentText").toString()).isEqualTo("[\"description\",\"title\"]");
        assertThat(root.at("/validation/rowsSkipped").asInt()).isZero();
    }

    @Test
    void tableNamesTheTextFeatures() {
        assertThat(run("data", "stats", "../sample-data/search-small")).isZero();
        assertThat(out.toString()).contains("query text: text").contains("document text: description, title");
    }
}
