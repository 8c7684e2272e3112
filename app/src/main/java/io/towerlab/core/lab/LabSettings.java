package io.towerlab.core.lab;

import com.fasterxml.jackson.databind.JsonNode;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.spec.SpecOverrides;
import io.towerlab.core.spec.SpecReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The spec a lab trains with: a base spec tree, spec overrides (from a lesson), and the current value
 * of each {@link LabSwitch}. Switching the loss keeps the other switches' values: the FPS-only options
 * are written as false while a sampled loss is active (the spec forbids them there), and the negatives
 * are always written out (the sampled losses require them, FPS ignores them). Immutable.
 */
public final class LabSettings {
    private final JsonNode base;
    private final String sourceName;
    private final List<String> overrides;
    private final Map<LabSwitch, String> values;
    private final ExperimentSpec spec;

    private LabSettings(JsonNode base, String sourceName, List<String> overrides, Map<LabSwitch, String> values)
            throws SpecException {
        this.base = base;
        this.sourceName = sourceName;
        this.overrides = List.copyOf(overrides);
        this.values = values;
        this.spec = build();
    }

    /** Settings that start from a spec tree; the switches take the values the spec (after overrides) holds. */
    public static LabSettings of(JsonNode base, String sourceName, List<String> overrides) throws SpecException {
        SpecReader reader = new SpecReader();
        ExperimentSpec start = reader.fromTree(SpecOverrides.apply(base, overrides), sourceName);
        Map<LabSwitch, String> values = new EnumMap<>(LabSwitch.class);
        for (LabSwitch s : LabSwitch.values()) {
            values.put(s, current(start, s));
        }
        return new LabSettings(base, sourceName, overrides, values);
    }

    /** The value a spec holds for a switch, as text ({@code fps}, {@code 0.05}, {@code true}). */
    static String current(ExperimentSpec spec, LabSwitch s) {
        return switch (s) {
            case LOSS -> lower(spec.loss().type());
            case TEMPERATURE -> String.valueOf(spec.similarity().temperature());
            case LEARN_TEMPERATURE -> String.valueOf(spec.similarity().learnTemperature());
            case SIMILARITY -> lower(spec.similarity().type());
            case SYMMETRIC -> String.valueOf(spec.loss().symmetric());
            case LOG_Q -> String.valueOf(spec.loss().logQ());
            case MASK_ACCIDENTAL_HITS -> String.valueOf(spec.loss().maskAccidentalHits());
            case NEGATIVES -> String.valueOf(spec.negatives().count());
            case SAMPLER -> lower(spec.negatives().sampler());
            case WEIGHT_DECAY -> String.valueOf(spec.optimizer().weightDecay());
        };
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }

    public ExperimentSpec spec() {
        return spec;
    }

    public String value(LabSwitch s) {
        return values.get(s);
    }

    /** The values of every switch, in declaration order. */
    public Map<LabSwitch, String> values() {
        return new EnumMap<>(values);
    }

    /** The spec overrides these settings started from (a lesson's, plus its steps' so far). */
    public List<String> overrides() {
        return overrides;
    }

    /** These settings with one switch changed; a value the spec rejects throws with its JSON path. */
    public LabSettings with(LabSwitch s, String value) throws SpecException {
        Map<LabSwitch, String> next = new EnumMap<>(values);
        next.put(s, value.trim());
        return new LabSettings(base, sourceName, overrides, next);
    }

    /** These settings with more spec overrides ({@code key.path=value}), the switches re-read from the result. */
    public LabSettings withOverrides(List<String> more) throws SpecException {
        List<String> all = new ArrayList<>(overrides);
        all.addAll(more);
        LabSettings fresh = of(base, sourceName, all);
        Map<LabSwitch, String> next = new EnumMap<>(values);
        for (String assignment : more) {
            String path = assignment.substring(0, Math.max(0, assignment.indexOf('='))).trim();
            for (LabSwitch s : LabSwitch.values()) {
                if (s.specPath().equals(path)) {
                    next.put(s, fresh.value(s));
                }
            }
        }
        return new LabSettings(base, sourceName, all, next);
    }

    private ExperimentSpec build() throws SpecException {
        List<String> all = new ArrayList<>(overrides);
        boolean fps = "fps".equals(values.get(LabSwitch.LOSS));
        for (LabSwitch s : LabSwitch.values()) {
            String value = s.fpsOnly() && !fps ? "false" : values.get(s);
            all.add(s.specPath() + "=" + value);
        }
        return new SpecReader().fromTree(SpecOverrides.apply(base, all), sourceName);
    }
}
