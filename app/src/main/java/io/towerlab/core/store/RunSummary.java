package io.towerlab.core.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The small {@code summary.json} of a run: what a list of runs shows, so that listing thousands of
 * runs reads one small file each and never a metrics log. Replaced atomically with every status.
 *
 * @param hyperparameters key hyperparameters by spec path (e.g. {@code optimizer.lr})
 * @param metrics         final test metrics; {@code bestMetrics} the best validation round's
 * @param parent          the run whose weights initialised this one, when fine-tuned
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunSummary(String id, String name, String status, String message, String created, String finished,
                         String heartbeat, String loss, Map<String, Object> hyperparameters,
                         Map<String, Double> metrics, Map<String, Double> bestMetrics, Map<String, Double> baseline,
                         String device, Double durationSeconds, Integer epoch, Integer bestEpoch, Long step,
                         String parent) {

    /** A new run's summary before its first status. */
    public static RunSummary started(String id, String name, String loss, Map<String, Object> hyperparameters,
                                     String device, String parent, Instant created) {
        return new RunSummary(id, name, "CREATED", null, created.toString(), null, created.toString(), loss,
                hyperparameters, null, null, null, device, null, null, null, null, parent);
    }

    /** This summary after {@code s} was written at {@code now}. */
    public RunSummary with(RunStatus s, Instant now) {
        boolean terminal = RunState.parse(s.state()).map(RunState::isTerminal).orElse(false);
        String end = terminal ? now.toString() : null;
        Double duration = null;
        if (terminal && created != null) {
            try {
                duration = Duration.between(Instant.parse(created), now).toMillis() / 1000.0;
            } catch (java.time.format.DateTimeParseException e) {
                duration = null;
            }
        }
        return new RunSummary(id, name, s.state(), s.message(), created, end, s.heartbeat(), loss, hyperparameters,
                s.metrics() != null ? s.metrics() : terminal ? null : metrics,
                s.bestMetrics() != null ? s.bestMetrics() : bestMetrics, s.baseline(), device, duration,
                s.epoch() != null ? s.epoch() : epoch, s.bestEpoch() != null ? s.bestEpoch() : bestEpoch,
                s.step() != null ? s.step() : step, parent);
    }

    /** The same summary reported in another state (a stale RUNNING one as CRASHED). */
    public RunSummary reportedAs(RunState state, String why) {
        return new RunSummary(id, name, state.name(), why, created, finished, heartbeat, loss, hyperparameters,
                metrics, bestMetrics, baseline, device, durationSeconds, epoch, bestEpoch, step, parent);
    }

    public RunState state() {
        return RunState.parse(status).orElse(RunState.UNREADABLE);
    }
}
