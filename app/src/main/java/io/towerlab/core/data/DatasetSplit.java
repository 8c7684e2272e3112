package io.towerlab.core.data;

/**
 * A split of a dataset's interactions into train, validation and test, as sorted arrays of row
 * indices into {@link Interactions}. Every row is in exactly one part, or in none when the split
 * rule drops it (a query with too few interactions for leave-last-out keeps them all in train).
 *
 * @param rule a one-line description for people and provenance, e.g. "leave-last-out by timestamp"
 */
public record DatasetSplit(String rule, int[] train, int[] valid, int[] test) {

    public int[] rows(SplitRole role) {
        return switch (role) {
            case TRAIN -> train;
            case VALID -> valid;
            case TEST -> test;
        };
    }
}
