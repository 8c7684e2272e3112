package io.towerlab.core.loss.sampling;

import io.towerlab.core.data.PositiveSets;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The documents a query's negatives must avoid (its training positives and the pair's own
 * positive) over a catalogue of {@code documentCount} documents, with an exact uniform draw among
 * the others for when rejection sampling keeps hitting positives.
 */
final class Exclusions {
    /** Rejection draws per negative before a sampler falls back to an exact draw. */
    static final int MAX_TRIES = 16;

    private final PositiveSets positives;
    private final int documentCount;

    Exclusions(PositiveSets positives, int documentCount) {
        if (documentCount <= 0) {
            throw new IllegalArgumentException("the catalogue is empty: no negative can be sampled");
        }
        this.positives = positives;
        this.documentCount = documentCount;
    }

    int documentCount() {
        return documentCount;
    }

    boolean excluded(int query, int positive, int document) {
        return document == positive || positives.contains(query, document);
    }

    /** The sorted distinct documents excluded for a pair (a fresh array). */
    int[] sorted(int query, int positive) {
        int[] own = positives.of(query);
        if (positive < 0 || Arrays.binarySearch(own, positive) >= 0) {
            return own;
        }
        int[] all = Arrays.copyOf(own, own.length + 1);
        all[own.length] = positive;
        Arrays.sort(all);
        return all;
    }

    /** A uniform draw among the documents not excluded for the pair: rejection, then an exact draw. */
    int uniform(int query, int positive, SplittableRandom random) {
        for (int t = 0; t < MAX_TRIES; t++) {
            int d = random.nextInt(documentCount);
            if (!excluded(query, positive, d)) {
                return d;
            }
        }
        return uniformExact(sorted(query, positive), query, random);
    }

    /** The r-th allowed document, r uniform: walks past the sorted excluded documents below it. */
    int uniformExact(int[] sortedExcluded, int query, SplittableRandom random) {
        int allowed = documentCount - sortedExcluded.length;
        if (allowed <= 0) {
            throw new IllegalStateException("query " + query + " has no negative to sample: its positives cover all "
                    + documentCount + " documents of the catalogue; drop it from the training rows or train"
                    + " with the fps loss, which needs no sampled negatives");
        }
        int d = random.nextInt(allowed);
        for (int e : sortedExcluded) {
            if (e <= d) {
                d++;
            } else {
                break;
            }
        }
        return d;
    }
}
