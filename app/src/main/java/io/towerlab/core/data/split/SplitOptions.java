package io.towerlab.core.data.split;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * How to split a click log, as read from an experiment spec.
 *
 * <ul>
 *   <li>{@code leave-last-out}: per query, ordered by timestamp (ties by row order), the last
 *       interaction is test and the one before it validation. A query with fewer than
 *       {@code minInteractions} interactions keeps all of them in train, so that every evaluated
 *       query has at least {@code minInteractions - 2} training interactions (default 3: at least one).</li>
 *   <li>{@code random}: exactly {@code round(n * testFraction)} rows are test and
 *       {@code round(n * validFraction)} validation, drawn by a shuffle seeded with {@code seed}.</li>
 *   <li>{@code temporal}: one global cut. Rows at or after {@code testFrom} are test, rows at or after
 *       {@code validFrom} (and before {@code testFrom}) validation. When the cut times are null they are
 *       the timestamp quantiles {@code 1 - testFraction} and {@code 1 - testFraction - validFraction};
 *       rows with the same timestamp always land on the same side of a cut.</li>
 *   <li>{@code predefined}: the dataset's split column.</li>
 * </ul>
 *
 * @param validFrom first timestamp of validation for an explicit temporal cut (epoch seconds), or null
 * @param testFrom  first timestamp of test for an explicit temporal cut (epoch seconds), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SplitOptions(SplitKind kind, double validFraction, double testFraction, Long validFrom,
                           Long testFrom, int minInteractions, long seed) {

    public static final int DEFAULT_MIN_INTERACTIONS = 3;

    public SplitOptions {
        Objects.requireNonNull(kind, "kind");
        if (validFraction < 0 || testFraction < 0 || validFraction + testFraction >= 1) {
            throw new IllegalArgumentException("validFraction and testFraction must be >= 0 and sum to less than 1, got "
                    + validFraction + " and " + testFraction);
        }
        if (minInteractions < 1) {
            throw new IllegalArgumentException("minInteractions must be >= 1, got " + minInteractions);
        }
        if ((validFrom == null) != (testFrom == null)) {
            throw new IllegalArgumentException("give both validFrom and testFrom for an explicit temporal cut, or neither");
        }
        if (validFrom != null && validFrom > testFrom) {
            throw new IllegalArgumentException("validFrom (" + validFrom + ") must not be after testFrom (" + testFrom + ")");
        }
    }

    /** Reads options from JSON, where every key may be left out (fractions default to 0.1 for random
     * and temporal splits). */
    @JsonCreator
    static SplitOptions fromJson(@JsonProperty("kind") SplitKind kind,
                                 @JsonProperty("validFraction") Double validFraction,
                                 @JsonProperty("testFraction") Double testFraction,
                                 @JsonProperty("validFrom") Long validFrom,
                                 @JsonProperty("testFrom") Long testFrom,
                                 @JsonProperty("minInteractions") Integer minInteractions,
                                 @JsonProperty("seed") Long seed) {
        SplitKind chosen = kind == null ? SplitKind.LEAVE_LAST_OUT : kind;
        double fallback = chosen == SplitKind.RANDOM || chosen == SplitKind.TEMPORAL ? 0.1 : 0;
        return new SplitOptions(chosen,
                validFraction == null ? fallback : validFraction, testFraction == null ? fallback : testFraction,
                validFrom, testFrom, minInteractions == null ? DEFAULT_MIN_INTERACTIONS : minInteractions,
                seed == null ? 0L : seed);
    }

    /** The default split: leave-last-out with {@value #DEFAULT_MIN_INTERACTIONS} minimum interactions. */
    public static SplitOptions leaveLastOut() {
        return leaveLastOut(DEFAULT_MIN_INTERACTIONS);
    }

    public static SplitOptions leaveLastOut(int minInteractions) {
        return new SplitOptions(SplitKind.LEAVE_LAST_OUT, 0, 0, null, null, minInteractions, 0);
    }

    public static SplitOptions random(double validFraction, double testFraction, long seed) {
        return new SplitOptions(SplitKind.RANDOM, validFraction, testFraction, null, null,
                DEFAULT_MIN_INTERACTIONS, seed);
    }

    public static SplitOptions temporal(double validFraction, double testFraction) {
        return new SplitOptions(SplitKind.TEMPORAL, validFraction, testFraction, null, null,
                DEFAULT_MIN_INTERACTIONS, 0);
    }

    public static SplitOptions temporalAt(long validFrom, long testFrom) {
        return new SplitOptions(SplitKind.TEMPORAL, 0, 0, validFrom, testFrom, DEFAULT_MIN_INTERACTIONS, 0);
    }

    public static SplitOptions predefined() {
        return new SplitOptions(SplitKind.PREDEFINED, 0, 0, null, null, DEFAULT_MIN_INTERACTIONS, 0);
    }
}
