package io.towerlab.core.spec;

import java.util.Objects;

/**
 * How interactions are divided into train, validation and test.
 *
 * @param validFraction   share of rows in validation, for {@code random} and {@code temporal}
 * @param testFraction    share of rows in test, for {@code random} and {@code temporal}
 * @param minInteractions for {@code leave-last-out}: a query with fewer interactions keeps them all in train
 * @param seed            the shuffle seed of {@code random}
 * @param validFrom       for {@code temporal}, an explicit first validation timestamp (epoch seconds), or null
 *                        to cut at the quantile given by the fractions
 * @param testFrom        for {@code temporal}, an explicit first test timestamp (epoch seconds), or null
 */
public record SplitSpec(SplitType type, double validFraction, double testFraction, int minInteractions, long seed,
                        Long validFrom, Long testFrom) {

    public SplitSpec {
        Objects.requireNonNull(type, "type");
    }
}
