package io.towerlab.core.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads the runs of a store for listings and comparisons: one small {@code summary.json} per run
 * (falling back to {@code status.json} for runs without one), a stale heartbeat reported as
 * {@link RunState#CRASHED}, and run references resolved: a run id, a run folder, or
 * {@code latest:<experiment name>} for the newest completed run of that name.
 */
public final class RunReader {
    /** A RUNNING run that has not written its status for this long is reported as crashed. */
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofMinutes(2);
    public static final String LATEST = "latest:";

    private final RunStore store;
    private final Duration staleAfter;
    private final Clock clock;

    public RunReader(RunStore store, Duration staleAfter, Clock clock) {
        this.store = store;
        this.staleAfter = staleAfter;
        this.clock = clock;
    }

    public RunReader(RunStore store) {
        this(store, DEFAULT_STALE_AFTER, Clock.systemUTC());
    }

    /** Every run of the store, newest first; never throws for a damaged run folder. */
    public List<RunSummary> list() throws IOException {
        List<RunSummary> out = new ArrayList<>();
        if (!Files.isDirectory(store.root())) {
            return out;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(store.root(),
                p -> !p.getFileName().toString().startsWith(".") && Files.isDirectory(p))) {
            for (Path folder : folders) {
                out.add(summary(new RunFolder(folder)));
            }
        }
        out.sort(Comparator.comparing((RunSummary s) -> s.created() == null ? "" : s.created())
                .thenComparing(RunSummary::id).reversed());
        return out;
    }

    /** One run's summary as it should be reported now. */
    public RunSummary summary(RunFolder run) {
        RunSummary summary = run.readSummary();
        if (summary == null || !run.id().equals(summary.id()) || RunState.parse(summary.status()).isEmpty()) {
            summary = fromStatus(run);
        }
        boolean active = summary.state() == RunState.RUNNING || summary.state() == RunState.CREATED;
        if (active && isStale(summary.heartbeat())) {
            return summary.reportedAs(RunState.CRASHED, "no heartbeat since " + summary.heartbeat()
                    + ": the process training it stopped; resume it with: towerlab runs resume " + run.id());
        }
        return summary;
    }

    private RunSummary fromStatus(RunFolder run) {
        if (!Files.exists(run.path().resolve("status.json"))) {
            boolean hasSpec = Files.isRegularFile(run.path().resolve("spec.json"));
            return new RunSummary(run.id(), run.id(), hasSpec ? RunState.CRASHED.name() : RunState.UNREADABLE.name(),
                    hasSpec ? "the run stopped before its first status; resume it with: towerlab runs resume " + run.id()
                            : "an incomplete run folder without spec.json: nothing to resume; delete it",
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        try {
            RunStatus s = run.readStatus();
            RunSummary base = new RunSummary(run.id(), run.id(), "CREATED", null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null);
            return RunState.parse(s.state()).isPresent() ? base.with(s, Instant.now())
                    : base.reportedAs(RunState.UNREADABLE, "status.json has an unknown state " + s.state());
        } catch (IOException | RuntimeException e) {
            return new RunSummary(run.id(), run.id(), RunState.UNREADABLE.name(),
                    "status.json cannot be read (" + firstLine(e.getMessage()) + ")", null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null);
        }
    }

    private boolean isStale(String heartbeat) {
        if (heartbeat == null) {
            return true;
        }
        try {
            return Duration.between(Instant.parse(heartbeat), clock.instant()).compareTo(staleAfter) > 0;
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    /**
     * The run a reference names: a run id of this store, a run folder, or {@code latest:<name>}.
     *
     * @throws IllegalArgumentException with what runs exist and how to train one, when none matches
     */
    public RunFolder resolve(String reference) throws IOException {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("no run given; " + known());
        }
        if (reference.startsWith(LATEST)) {
            String name = reference.substring(LATEST.length());
            Optional<RunSummary> latest = list().stream()
                    .filter(s -> name.equals(s.name()) && s.state() == RunState.COMPLETED).findFirst();
            if (latest.isEmpty()) {
                throw new IllegalArgumentException("no completed run of the experiment \"" + name + "\" in "
                        + store.root() + "; train it first (towerlab train SPEC.json) or name a run id; " + known());
            }
            return new RunFolder(store.root().resolve(latest.get().id()));
        }
        if (!reference.contains("/") && !reference.contains("\\") && !reference.equals("..")
                && !reference.equals(".")) {
            Path inStore = store.root().resolve(reference);
            if (Files.isRegularFile(inStore.resolve("spec.json"))) {
                return new RunFolder(inStore);
            }
        }
        Path folder = Path.of(reference);
        if (Files.isRegularFile(folder.resolve("spec.json"))) {
            return new RunFolder(folder);
        }
        throw new IllegalArgumentException("no run \"" + reference + "\" in " + store.root() + "; " + known());
    }

    private String known() throws IOException {
        List<RunSummary> runs = list();
        if (runs.isEmpty()) {
            return "the store is empty: train a run with towerlab train SPEC.json";
        }
        StringBuilder sb = new StringBuilder("runs there include:");
        runs.stream().limit(5).forEach(r -> sb.append(' ').append(r.id()).append(" (").append(r.status()).append(')'));
        if (runs.size() > 5) {
            sb.append(" … (").append(runs.size()).append(" in all: towerlab runs list)");
        }
        return sb.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
