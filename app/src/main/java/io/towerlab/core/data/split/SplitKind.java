package io.towerlab.core.data.split;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** How a click log is divided into train, validation and test; written in JSON by its {@link #jsonName()}. */
public enum SplitKind {
    /** Per query, by timestamp: the last interaction is test, the one before it validation. */
    LEAVE_LAST_OUT("leave-last-out"),
    /** Rows drawn at random in the given ratios, reproducibly for a seed. */
    RANDOM("random"),
    /** One global cut in time: the latest interactions are test, those just before them validation. */
    TEMPORAL("temporal"),
    /** The roles written in the dataset's split column. */
    PREDEFINED("predefined");

    private final String jsonName;

    SplitKind(String jsonName) {
        this.jsonName = jsonName;
    }

    @JsonValue
    public String jsonName() {
        return jsonName;
    }

    /** Reads a kind from its JSON name (or its constant name, in any case). */
    @JsonCreator
    public static SplitKind parse(String text) {
        for (SplitKind kind : values()) {
            if (kind.jsonName.equalsIgnoreCase(text) || kind.name().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown split kind '" + text + "': expected one of "
                + Arrays.stream(values()).map(SplitKind::jsonName).collect(Collectors.joining(", ")));
    }
}
