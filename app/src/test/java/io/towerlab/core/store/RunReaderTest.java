package io.towerlab.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReaderTest {
    @TempDir
    Path dir;

    private RunFolder run(RunStore store, String name, String state, Instant heartbeat) throws Exception {
        RunFolder run = store.create(name);
        run.writeSpec("{\"name\": \"" + name + "\"}");
        run.writeSummary(RunSummary.started(run.id(), name, "FPS", Map.of("optimizer.lr", 0.01), "cpu", null,
                heartbeat.minusSeconds(60)));
        run.writeStatus(new RunStatus(state, null, heartbeat.toString(), 1, 1,
                state.equals("COMPLETED") ? Map.of("recall@10", 0.5) : null, null, 40L, Map.of("recall@10", 0.4)));
        return run;
    }

    @Test
    void everyStatusChangeRewritesTheSummaryWithFinalAndBestMetrics() throws Exception {
        RunStore store = new RunStore(dir);
        Instant now = Instant.now();
        RunFolder done = run(store, "a", "COMPLETED", now);
        RunSummary summary = new RunReader(store).summary(done);
        assertThat(summary.state()).isEqualTo(RunState.COMPLETED);
        assertThat(summary.metrics()).containsEntry("recall@10", 0.5);
        assertThat(summary.bestMetrics()).containsEntry("recall@10", 0.4);
        assertThat(summary.step()).isEqualTo(40L);
        assertThat(summary.finished()).isNotNull();
        assertThat(summary.durationSeconds()).isGreaterThanOrEqualTo(0.0);
        assertThat(summary.hyperparameters()).containsEntry("optimizer.lr", 0.01);
    }

    @Test
    void aRunningRunWithAStaleHeartbeatIsReportedAsCrashed() throws Exception {
        RunStore store = new RunStore(dir);
        Instant now = Instant.parse("2026-01-01T12:00:00Z");
        RunFolder fresh = run(store, "fresh", "RUNNING", now.minusSeconds(30));
        RunFolder stale = run(store, "stale", "RUNNING", now.minusSeconds(180));
        RunReader reader = new RunReader(store, Duration.ofMinutes(2), Clock.fixed(now, ZoneOffset.UTC));
        assertThat(reader.summary(fresh).state()).isEqualTo(RunState.RUNNING);
        RunSummary crashed = reader.summary(stale);
        assertThat(crashed.state()).isEqualTo(RunState.CRASHED);
        assertThat(crashed.message()).contains("runs resume " + stale.id());
    }

    @Test
    void damagedFoldersAreListedAsUnreadableAndMissingSummariesFallBackToTheStatus() throws Exception {
        RunStore store = new RunStore(dir);
        RunFolder good = run(store, "good", "COMPLETED", Instant.now());
        RunFolder noSummary = store.create("old");
        noSummary.writeStatus(new RunStatus("FAILED", "boom", Instant.now().toString(), null, null, null, null));
        RunFolder broken = store.create("broken");
        Files.writeString(broken.path().resolve("status.json"), "{\"state\": ");
        List<RunSummary> list = new RunReader(store).list();
        assertThat(list).hasSize(3);
        assertThat(list).filteredOn(s -> s.id().equals(good.id())).extracting(RunSummary::state)
                .containsExactly(RunState.COMPLETED);
        assertThat(list).filteredOn(s -> s.id().equals(noSummary.id())).extracting(RunSummary::state)
                .containsExactly(RunState.FAILED);
        assertThat(list).filteredOn(s -> s.id().equals(broken.id())).extracting(RunSummary::state)
                .containsExactly(RunState.UNREADABLE);
    }

    @Test
    void latestResolvesToTheNewestCompletedRunOfThatName() throws Exception {
        RunStore store = new RunStore(dir);
        Instant now = Instant.now();
        run(store, "pre", "COMPLETED", now.minusSeconds(500));
        RunFolder newer = run(store, "pre", "COMPLETED", now.minusSeconds(100));
        run(store, "pre", "FAILED", now);
        RunReader reader = new RunReader(store);
        assertThat(reader.resolve("latest:pre").id()).isEqualTo(newer.id());
        assertThat(reader.resolve(newer.id()).id()).isEqualTo(newer.id());
        assertThat(reader.resolve(newer.path().toString()).id()).isEqualTo(newer.id());
        assertThatThrownBy(() -> reader.resolve("latest:other")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no completed run of the experiment \"other\"")
                .hasMessageContaining("towerlab train");
        assertThatThrownBy(() -> reader.resolve("nope")).hasMessageContaining(newer.id());
    }
}
