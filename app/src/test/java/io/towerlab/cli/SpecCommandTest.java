package io.towerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SpecCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = TowerlabCommand.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return line.execute(args);
    }

    private static Path spec(Path dir, String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    private static final String VALID = """
            {"name": "ok", "data": {"path": "clicks.csv"},
             "queryTower": {"inputs": [{"type": "id", "dim": 32}]},
             "docTower": {"inputs": [{"type": "id", "dim": 32}]}}
            """;

    @Test
    void checkReportsValidFilesAndEveryProblemOfInvalidOnes(@TempDir Path dir) throws IOException {
        Path ok = spec(dir, "ok.json", VALID);
        Path bad = spec(dir, "bad.json", VALID.replace("\"dim\": 32}]},", "\"dim\": 0}]},")
                .replace("\"name\": \"ok\",", "\"name\": \"bad\", \"trainig\": {},"));

        int code = run("spec", "check", ok.toString(), bad.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("ok.json: valid (fps loss, towers end in 32 dimensions)");
        assertThat(err.toString()).contains("bad.json: 2 problems",
                "  trainig: unknown key; did you mean \"training\"?", "  queryTower.inputs[0].dim: must be > 0");
    }

    @Test
    void checkAppliesOverridesBeforeValidating(@TempDir Path dir) throws IOException {
        Path ok = spec(dir, "ok.json", VALID);

        assertThat(run("spec", "check", ok.toString(), "--set", "training.epoch=3")).isEqualTo(1);
        assertThat(err.toString()).contains("training.epoch: unknown key; did you mean \"epochs\"?");
    }

    @Test
    void showPrintsTheSpecWithDefaultsAndOverrides(@TempDir Path dir) throws IOException {
        Path ok = spec(dir, "ok.json", VALID);

        assertThat(run("spec", "show", ok.toString(), "--set", "training.epochs=3")).isZero();
        assertThat(out.toString()).contains("\"epochs\": 3", "\"batchSize\": 1024", "\"temperature\": 0.05");
    }

    @Test
    void keysListsEveryHyperparameterWithItsRange() {
        assertThat(run("spec", "keys")).isZero();
        assertThat(out.toString()).contains("layers.dense.units", "> 0, <= 65536", "softmax|pairce|triplet|fps");
    }
}
