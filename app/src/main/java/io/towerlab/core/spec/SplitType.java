package io.towerlab.core.spec;

/** How interactions are divided into train, validation and test ({@code data.split.type}). */
public enum SplitType implements SpecEnum {
    /** Per query, by timestamp: the last interaction is test, the one before it validation. */
    LEAVE_LAST_OUT("leave-last-out"),
    /** Rows drawn at random in the given fractions, reproducibly for a seed. */
    RANDOM("random"),
    /** One global cut in time: the latest interactions are test, those just before them validation. */
    TEMPORAL("temporal"),
    /** The roles written in the dataset's split column. */
    PREDEFINED("predefined");

    private final String jsonName;

    SplitType(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }
}
