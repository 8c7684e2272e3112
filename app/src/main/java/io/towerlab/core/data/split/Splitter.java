package io.towerlab.core.data.split;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.Interactions;
import io.towerlab.core.data.SplitRole;
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
        // per query q: state[3q] = count, state[3q+1] = last row, state[3q+2] = the row before it (-1: none);
        // times[2q], times[2q+1] = their timestamps, kept beside them for locality
        int[] state = new int[3 * queryCount];
        long[] times = new long[2 * queryCount];
        for (int q = 0; q < queryCount; q++) {
            state[3 * q + 1] = -1;
            state[3 * q + 2] = -1;
        }
        for (int row = 0; row < n; row++) {
            int q = query[row];
            int s = 3 * q;
            long t = time[row];
            state[s]++;
            if (state[s + 1] < 0 || t >= times[2 * q]) {
                state[s + 2] = state[s + 1];
                times[2 * q + 1] = times[2 * q];
                state[s + 1] = row;
                times[2 * q] = t;
            } else if (state[s + 2] < 0 || t >= times[2 * q + 1]) {
                state[s + 2] = row;
                times[2 * q + 1] = t;
            }
        }
        byte[] role = new byte[n];
        for (int q = 0; q < queryCount; q++) {
            int s = 3 * q;
            if (state[s] >= minInteractions && state[s + 1] >= 0) {
                role[state[s + 1]] = TEST;
                if (state[s + 2] >= 0) {
                    role[state[s + 2]] = VALID;
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
            long[] copy = time.clone();
            testFrom = quantile(copy, 1 - options.testFraction());
            validFrom = quantile(copy, 1 - options.testFraction() - options.validFraction());
        }
        byte[] role = new byte[time.length];
        for (int row = 0; row < time.length; row++) {
            role[row] = time[row] >= testFrom ? TEST : time[row] >= validFrom ? VALID : TRAIN;
        }
        return collect("temporal, valid from " + validFrom + ", test from " + testFrom, role);
    }

    /**
     * The timestamp of rank {@code round(n * share)} in ascending order (beyond the last for share 1),
     * found by quickselect; {@code times} is reordered.
     */
    private static long quantile(long[] times, double share) {
        int index = (int) Math.round(times.length * share);
        return index >= times.length ? Long.MAX_VALUE : QuickSelect.select(times, index);
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
