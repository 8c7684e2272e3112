package io.towerlab.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Damaged run files and bundles: the store still lists, a bundle is imported or refused with a
 * message naming it, and nothing is written outside the store.
 */
class StoreFuzzTest {
    private static final String SPEC = """
            {"name": "fuzz", "data": {"path": "clicks.csv"},
             "queryTower": {"inputs": [{"type": "id", "dim": 8}]},
             "docTower": {"inputs": [{"type": "id", "dim": 8}]}}
            """;
    private Path base;
    private Path store;

    @BeforeTry
    void folders() throws IOException {
        base = Files.createTempDirectory("towerlab-fuzz");
        store = Files.createDirectories(base.resolve("store"));
        Files.writeString(base.resolve("outside.txt"), "untouched");
    }

    @AfterTry
    void cleanUp() throws IOException {
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Provide
    Arbitrary<String> damagedJson() {
        Arbitrary<String> cut = Arbitraries.integers().between(0, 120).map(n -> {
            String status = "{\"state\": \"RUNNING\", \"heartbeat\": \"2026-01-01T00:00:00Z\", \"epoch\": 3, "
                    + "\"metrics\": {\"recall@10\": 0.5}}";
            return status.substring(0, Math.min(n, status.length()));
        });
        Arbitrary<String> values = Arbitraries.of("{\"state\": 7}", "{\"state\": \"DONE\"}", "[]", "null", "\"x\"",
                "{\"state\": \"RUNNING\", \"heartbeat\": \"yesterday\"}", "{\"status\": \"COMPLETED\", \"created\": "
                        + "\"later\"}", "{\"metrics\": {\"recall@10\": \"high\"}}", "{\"epoch\": 1e999}");
        return Arbitraries.oneOf(cut, values, Arbitraries.strings().ofMaxLength(40));
    }

    @Property(tries = 150)
    void damagedStatusAndSummaryFilesStillList(@ForAll("damagedJson") String status,
                                               @ForAll("damagedJson") String summary) throws Exception {
        RunFolder run = new RunStore(store).create("fuzz");
        Files.writeString(run.path().resolve("spec.json"), SPEC);
        Files.writeString(run.path().resolve("status.json"), status);
        Files.writeString(run.path().resolve("summary.json"), summary);
        List<RunSummary> runs = new RunReader(new RunStore(store)).list();
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).state()).isNotNull();
        assertThat(runs.get(0).id()).isNotNull();
        assertThat(Files.readString(base.resolve("outside.txt"))).isEqualTo("untouched");
    }

    @Provide
    Arbitrary<List<String>> entryNames() {
        return Arbitraries.oneOf(
                Arbitraries.of("r1/spec.json", "r1/status.json", "r1/metrics.jsonl", "r1/checkpoints/best/index.json",
                        "r1/../outside.txt", "r1/../../evil", "/abs/spec.json", "r1/a/../../b", "../r1/spec.json",
                        "r1\\..\\..\\evil", "r2/spec.json", "C:/x/spec.json", ".hidden/spec.json", "r1/", "r1//x",
                        "r1/./spec.json"),
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(20)).list().ofMaxSize(6);
    }

    @Property(tries = 200)
    void fuzzedBundlesAreImportedOrRefusedWithoutTouchingAnythingOutsideTheStore(
            @ForAll("entryNames") List<String> names, @ForAll("damagedJson") String content,
            @ForAll boolean validSpec) throws Exception {
        Path zip = base.resolve("bundle.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            if (validSpec) {
                out.putNextEntry(new ZipEntry("r1/spec.json"));
                out.write(SPEC.getBytes(StandardCharsets.UTF_8));
            }
            for (int i = 0; i < names.size(); i++) {
                if (validSpec && names.get(i).equals("r1/spec.json")) {
                    continue;
                }
                try {
                    out.putNextEntry(new ZipEntry(names.get(i)));
                } catch (java.util.zip.ZipException duplicate) {
                    continue;
                }
                out.write(content.getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            RunFolder run = RunBundle.importInto(new RunStore(store), zip);
            assertThat(run.path().getParent()).isEqualTo(store);
            assertThat(new RunReader(new RunStore(store)).summary(run).state()).isNotNull();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith("the bundle bundle.zip ");
        }
        try (Stream<Path> outside = Files.list(base)) {
            assertThat(outside.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("store", "outside.txt", "bundle.zip");
        }
        assertThat(Files.readString(base.resolve("outside.txt"))).isEqualTo("untouched");
        try (Stream<Path> inStore = Files.list(store)) {
            assertThat(inStore.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".import-"));
        }
    }

    @Property(tries = 5)
    void aBundleWithoutSpecIsRefused(@ForAll("damagedJson") String content) throws Exception {
        Path zip = base.resolve("bundle.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("r1/status.json"));
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> RunBundle.importInto(new RunStore(store), zip))
                .hasMessageContaining("has no spec.json");
    }
}
