package io.towerlab.core.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The {@code status.json} of a run, replaced atomically as the run progresses.
 *
 * @param state       CREATED, RUNNING, COMPLETED, FAILED, CANCELLED or DIVERGED
 * @param heartbeat   the last time the run wrote its status (ISO-8601), to tell a crash from a run
 * @param step        the optimizer step reached
 * @param metrics     the final test metrics; {@code baseline} the popularity baseline's
 * @param bestMetrics the validation metrics of the best epoch so far
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunStatus(String state, String message, String heartbeat, Integer epoch, Integer bestEpoch,
                        Map<String, Double> metrics, Map<String, Double> baseline, Long step,
                        Map<String, Double> bestMetrics) {

    public RunStatus(String state, String message, String heartbeat, Integer epoch, Integer bestEpoch,
                     Map<String, Double> metrics, Map<String, Double> baseline) {
        this(state, message, heartbeat, epoch, bestEpoch, metrics, baseline, null, null);
    }
}
