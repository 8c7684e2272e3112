package io.towerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void generatesThePresetWithItsReferenceIntoTheFolder() {
        StringWriter out = new StringWriter();
        CommandLine line = TowerlabCommand.commandLine();
        line.setOut(new PrintWriter(out));
        int code = line.execute("generate", "--preset", "movies-small", "--seed", "5", "--out", tmp.toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("wrote 2000 queries, 1000 documents");
        for (String file : new String[] {"interactions.csv", "documents.csv", "queries.csv", "dataset.json",
            "reference.json"}) {
            assertThat(tmp.resolve(file)).isNotEmptyFile();
        }
    }

    @Test
    void unknownPresetFailsWithTheKnownNames() {
        StringWriter err = new StringWriter();
        CommandLine line = TowerlabCommand.commandLine();
        line.setErr(new PrintWriter(err));
        int code = line.execute("generate", "--preset", "tiny", "--out", tmp.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unknown preset 'tiny'").contains("movies-small, movies, large");
        assertThat(tmp.resolve("interactions.csv")).doesNotExist();
    }
}
