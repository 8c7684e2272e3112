package io.towerlab.core.spec;

/** The JSON type of a hyperparameter's value, which decides how it is read and checked. */
public enum ValueKind {
    /** A whole number (JSON numbers such as {@code 3} or {@code 3.0}). */
    INTEGER,
    /** Any finite number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A string from the hyperparameter's allowed list. */
    CHOICE,
    /** A list of whole numbers, each within the range. */
    INTEGER_LIST,
    /** A list of strings, each from the hyperparameter's allowed list. */
    CHOICE_LIST
}
