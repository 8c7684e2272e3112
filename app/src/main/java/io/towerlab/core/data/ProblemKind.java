package io.towerlab.core.data;

/** The kinds of malformed rows, counted separately in a {@link ValidationReport}. */
public enum ProblemKind {
    WRONG_COLUMN_COUNT("wrong column count"),
    NOT_A_NUMBER("non-numeric value where a number is required"),
    BAD_TIMESTAMP("unparseable timestamp"),
    EMPTY_REQUIRED_FIELD("empty required field"),
    DUPLICATE_HEADER("duplicate header"),
    BAD_SPLIT("unknown split name"),
    UNCLOSED_QUOTE("unclosed quote"),
    INVALID_TEXT("text that is not valid in the file's encoding");

    private final String label;

    ProblemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
