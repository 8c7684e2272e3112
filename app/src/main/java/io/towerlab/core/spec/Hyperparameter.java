package io.towerlab.core.spec;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One tunable setting of an experiment: its spec key, a label and a one-sentence help for people, its
 * default, its valid range or choices, and the paper it comes from. The {@link HyperparameterRegistry} holds
 * them all and is the only place where defaults and ranges are written down.
 *
 * @param key          the spec path without list indices; encoder and layer settings are keyed by kind, e.g.
 *                     {@code inputs.id.dim} or {@code layers.dense.units} (see {@link RegistryKeys})
 * @param defaultValue the value used when the spec leaves the key out (Integer, Long, Double, Boolean, String
 *                     or List of Integer); null when there is none, so the key is required or may be null
 * @param min          the smallest valid number (for lists, of each element), or null for no bound
 * @param max          the largest valid number, inclusive, or null for no bound
 * @param minExclusive whether {@code min} itself is invalid ({@code > 0} rather than {@code >= 0})
 * @param allowed      for a {@link ValueKind#CHOICE}: the valid strings. An entry ending in {@code :N} or
 *                     {@code @K} stands for that prefix followed by a number ({@code gpu:N} accepts {@code gpu:1})
 * @param paperLink    a link to the paper that introduced or motivates the setting, or null
 * @param kind         the JSON type of the value
 */
public record Hyperparameter(String key, String label, Object defaultValue, Double min, Double max,
                             boolean minExclusive, List<String> allowed, String help, String paperLink,
                             ValueKind kind) {

    private static final Pattern PLACEHOLDER = Pattern.compile("(.*[:@])[A-Z]");

    public Hyperparameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(kind, "kind");
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    /** Whether a number lies in [min, max] (or (min, max] when min is exclusive). */
    public boolean inRange(double value) {
        if (min != null && (minExclusive ? value <= min : value < min)) {
            return false;
        }
        return max == null || value <= max;
    }

    /** Why a number is out of range, e.g. {@code must be > 0}, or null when it is in range. */
    public String rangeProblem(double value) {
        if (min != null && (minExclusive ? value <= min : value < min)) {
            return "must be " + (minExclusive ? "> " : ">= ") + number(min);
        }
        if (max != null && value > max) {
            return "must be <= " + number(max);
        }
        return null;
    }

    /** Whether a string is one of the allowed choices (an {@code :N}/{@code @K} entry matches any number). */
    public boolean accepts(String value) {
        for (String choice : allowed) {
            var placeholder = PLACEHOLDER.matcher(choice);
            if (placeholder.matches() ? matchesNumbered(value, placeholder.group(1)) : choice.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesNumbered(String value, String prefix) {
        return value.startsWith(prefix) && value.length() > prefix.length()
                && value.substring(prefix.length()).chars().allMatch(Character::isDigit);
    }

    /** A number as people write it: {@code 1} rather than {@code 1.0}, {@code 0.05} as is. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
