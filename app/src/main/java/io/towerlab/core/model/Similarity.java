package io.towerlab.core.model;

/** How two tower outputs are compared: the raw dot product, or the cosine (both L2-normalised). */
public enum Similarity {
    DOT, COSINE
}
