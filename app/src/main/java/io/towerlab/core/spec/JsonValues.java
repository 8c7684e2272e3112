package io.towerlab.core.spec;

import com.fasterxml.jackson.databind.JsonNode;

/** Small helpers for reporting and converting JSON values in spec messages. */
final class JsonValues {

    private JsonValues() {
    }

    /** A value as a person would name it: {@code the string "fast"}, {@code 3.5}, {@code a list}, {@code null}. */
    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isTextual()) {
            return "the string \"" + value.asText() + "\"";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return value.toString();
    }

    /** The value as a long when it is a JSON number with no fractional part that fits; otherwise null. */
    static Long wholeNumber(JsonNode value) {
        if (value == null || !value.isNumber()) {
            return null;
        }
        if (value.canConvertToExactIntegral() && value.canConvertToLong()) {
            return value.longValue();
        }
        return null;
    }
}
