package io.towerlab.core.data.split;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.Interactions;
import io.towerlab.core.data.SplitRole;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Divides a dataset's interactions into train, validation and test as {@link SplitOptions} says.
 * Works on primitive arrays in linear time (a temporal split sorts one copy of the timestamps), so
 * that tens of millions of rows split in seconds.
 */
public final class Splitter {
    private static final byte TRAIN = (byte) SplitRole.TRAIN.ordinal();
    private static final byte VALID = (byte) SplitRole.VALID.ordinal();
    private static final byte TEST = (byte) SplitRole.TEST.ordinal();

    public DatasetSplit split(ClickDataset dataset, SplitOptions options) {
        Interactions log = dataset.interactions();
        return switch (options.kind()) {
            case LEAVE_LAST_OUT -> collect("leave-last-out by timestamp, queries with fewer than "
                    + options.minInteractions() + " interactions all in train",
                    leaveLastOut(log, dataset.queryCount(), options.minInteractions()));
            case RANDOM -> collect(String.format(Locale.ROOT, "random, valid %.3f, test %.3f, seed %d",
                    options.validFraction(), options.testFraction(), options.seed()), random(log, options));
            case TEMPORAL -> temporal(log, options);
            case PREDEFINED -> collect("predefined by the split column", predefined(dataset));
        };
    }

    private static byte[] leaveLastOut(Interactions log, int queryCount, int minInteractions) {
        int n = log.size();
        int[] query = log.queryArray();
        long[] time = log.timestampArray();
        int[] count = new int[queryCount];
        int[] last = new int[queryCount];
        int[] previous = new int[queryCount];
        Arrays.fill(last, -1);
        Arrays.fill(previous, -1);
        for (int row = 0; row < n; row++) {
            int q = query[row];
            count[q]++;
            int l = last[q];
            if (l < 0 || time[row] >= time[l]) {
                previous[q] = l;
                last[q] = row;
            } else if (previous[q] < 0 || time[row] >= time[previous[q]]) {
                previous[q] = row;
            }
        }
        byte[] role = new byte[n];
        for (int q = 0; q < queryCount; q++) {
            if (count[q] >= minInteractions && last[q] >= 0) {
                role[last[q]] = TEST;
                if (previous[q] >= 0) {
                    role[previous[q]] = VALID;
                }
            }
        }
        return role;
    }

    private static byte[] random(Interactions log, SplitOptions options) {
        int n = log.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(options.seed());
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int tests = (int) Math.round(n * options.testFraction());
        int valids = (int) Math.round(n * options.validFraction());
        byte[] role = new byte[n];
        for (int i = 0; i < tests; i++) {
            role[order[i]] = TEST;
        }
        for (int i = tests; i < tests + valids && i < n; i++) {
            role[order[i]] = VALID;
        }
        return role;
    }

    private static DatasetSplit temporal(Interactions log, SplitOptions options) {
        long[] time = log.timestampArray();
        long validFrom;
        long testFrom;
        if (options.testFrom() != null) {
            validFrom = options.validFrom();
            testFrom = options.testFrom();
        } else {
            long[] sorted = time.clone();
            Arrays.sort(sorted);
            testFrom = quantile(sorted, 1 - options.testFraction());
            validFrom = quantile(sorted, 1 - options.testFraction() - options.validFraction());
        }
        byte[] role = new byte[time.length];
        for (int row = 0; row < time.length; row++) {
            role[row] = time[row] >= testFrom ? TEST : time[row] >= validFrom ? VALID : TRAIN;
        }
        return collect("temporal, valid from " + validFrom + ", test from " + testFrom, role);
    }

    /** The smallest timestamp at or above the given share of the sorted times; beyond the last for share 1. */
    private static long quantile(long[] sorted, double share) {
        int index = (int) Math.round(sorted.length * share);
        return index >= sorted.length ? Long.MAX_VALUE : sorted[index];
    }

    private static byte[] predefined(ClickDataset dataset) {
        Interactions log = dataset.interactions();
        if (!log.hasPredefinedSplit()) {
            throw new IllegalArgumentException("dataset '" + dataset.name() + "' has no split column, so a predefined "
                    + "split cannot be read: add a column 'split' with train/valid/test (and name it in dataset.json), "
                    + "or choose the split kind leave-last-out, random or temporal");
        }
        byte[] role = new byte[log.size()];
        for (int row = 0; row < role.length; row++) {
            role[row] = (byte) log.predefinedRole(row).ordinal();
        }
        return role;
    }

    private static DatasetSplit collect(String rule, byte[] role) {
        int[] counts = new int[3];
        for (byte r : role) {
            counts[r]++;
        }
        int[][] parts = {new int[counts[0]], new int[counts[1]], new int[counts[2]]};
        int[] fill = new int[3];
        for (int row = 0; row < role.length; row++) {
            parts[role[row]][fill[role[row]]++] = row;
        }
        return new DatasetSplit(rule, parts[TRAIN], parts[VALID], parts[TEST]);
    }
}
