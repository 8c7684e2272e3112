package io.towerlab.core.spec;

import java.util.List;
import java.util.Objects;

/**
 * Fine-tuning: the run whose tower weights initialise a new run (the "pretrain long on FPS, then
 * fine-tune on the target task" recipe), which towers to copy, and which of them stay frozen.
 *
 * @param run    a run id, a run folder, or {@code latest:<experiment name>} (the newest completed run of that name)
 * @param towers the towers to copy: {@code query}, {@code doc} (default: both)
 * @param freeze the copied towers whose parameters are not updated (default: none)
 */
public record InitSpec(String run, List<String> towers, List<String> freeze) {
    public static final List<String> TOWERS = List.of("query", "doc");

    public InitSpec {
        Objects.requireNonNull(run, "run");
        towers = towers == null ? TOWERS : List.copyOf(towers);
        freeze = freeze == null ? List.of() : List.copyOf(freeze);
    }
}
