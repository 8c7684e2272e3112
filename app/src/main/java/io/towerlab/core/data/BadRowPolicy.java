package io.towerlab.core.data;

/** What the importer does with a malformed row: skip it and count it, or fail the import. */
public enum BadRowPolicy {
    SKIP, FAIL
}
