package io.towerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchEvalCommandTest {

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine line = new CommandLine(new BenchEvalCommand());
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return line.execute(args);
    }

    @Test
    void reportsThroughputAndTheEngineJavaSplit() {
        StringWriter out = new StringWriter();

        int code = run(out, new StringWriter(), "--queries", "60", "--documents", "90", "--dim", "8", "--k", "10",
                "--excluded", "5", "--block", "16", "--repeat", "2");

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("60 queries x 90 documents x 8 dims, top-10, 5 excluded/query")
                .contains("block 16 queries (4 blocks)")
                .containsPattern("run 2: [0-9.]+ s \\([0-9.]+ s process CPU\\), [0-9]+ queries/s; engine [0-9.]+ s \\([0-9]+%: product\\+mask [0-9.]+ s, top-k [0-9.]+ s\\), java [0-9.]+ s")
                .contains("best:");
    }

    @Test
    void rejectsANonPositiveSizeWithAMessage() {
        StringWriter err = new StringWriter();

        int code = run(new StringWriter(), err, "--documents", "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("must be >= 1");
    }

    @Test
    void withHnswReportsBuildRecallThroughputAndOneQueryLatencyOfBoth() {
        StringWriter out = new StringWriter();

        int code = run(out, new StringWriter(), "--queries", "40", "--documents", "500", "--dim", "8", "--k", "10",
                "--repeat", "0", "--hnsw", "--hnsw-threads", "2", "--clusters", "5", "--latency-queries", "20");

        assertThat(code).isZero();
        assertThat(out.toString())
                .containsPattern("hnsw: built over 500 documents in [0-9.]+ s wall, [0-9.]+ s CPU on 2 thread\\(s\\)")
                .containsPattern("recall@10 against the exact top-10 = [01]\\.[0-9]{4} over 40 queries")
                .containsPattern("one query at a time \\(20 queries, top-10\\): exact median [0-9.]+ ms, p99 [0-9.]+ ms, "
                        + "hnsw median [0-9.]+ ms, p99 [0-9.]+ ms");
    }
}
