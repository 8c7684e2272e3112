package io.towerlab.core.data;

/** The part of a split an interaction belongs to. */
public enum SplitRole {
    TRAIN, VALID, TEST
}
