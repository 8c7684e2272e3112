package io.towerlab.core.data.split;

import java.util.Arrays;

/** Finds the k-th smallest of a long array in expected linear time (Hoare's quickselect, median-of-three pivots). */
final class QuickSelect {
    private QuickSelect() {
    }

    /** The value that would sit at index {@code k} if {@code values} were sorted; reorders {@code values}. */
    static long select(long[] values, int k) {
        int low = 0;
        int high = values.length - 1;
        while (high - low > 16) {
            int mid = (low + high) >>> 1;
            long pivot = median(values[low], values[mid], values[high]);
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = values[i];
                    values[i++] = values[j];
                    values[j--] = t;
                }
            }
            if (k <= j) {
                high = j;
            } else if (k >= i) {
                low = i;
            } else {
                return values[k];
            }
        }
        Arrays.sort(values, low, high + 1);
        return values[k];
    }

    private static long median(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
