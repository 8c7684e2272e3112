package io.towerlab.core.data;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Computes {@link DatasetStats} of a dataset in a few passes over its primitive arrays. */
public final class DatasetStatistics {
    private DatasetStatistics() {
    }

    public static DatasetStats of(ClickDataset dataset) {
        Interactions interactions = dataset.interactions();
        int n = interactions.size();
        int[] perQuery = counts(interactions.queryArray(), n, dataset.queryCount());
        int[] perDocument = counts(interactions.documentArray(), n, dataset.documentCount());
        double density = dataset.queryCount() == 0 || dataset.documentCount() == 0 ? 0
                : n / ((double) dataset.queryCount() * dataset.documentCount());
        int[] sortedDocuments = perDocument.clone();
        Arrays.sort(sortedDocuments);
        return new DatasetStats(dataset.name(), dataset.queryCount(), dataset.documentCount(), n, density,
                distribution(perQuery), distribution(sortedDocuments), topShare(sortedDocuments, n, 0.01),
                topShare(sortedDocuments, n, 0.10), zeros(perDocument), zeros(perQuery), timeRange(interactions),
                features(dataset));
    }

    private static int[] counts(int[] ids, int n, int size) {
        int[] counts = new int[size];
        for (int i = 0; i < n; i++) {
            counts[ids[i]]++;
        }
        return counts;
    }

    private static int zeros(int[] counts) {
        int zeros = 0;
        for (int count : counts) {
            if (count == 0) {
                zeros++;
            }
        }
        return zeros;
    }

    /** The distribution of counts (sorted here if not already). */
    static DatasetStats.Distribution distribution(int[] counts) {
        if (counts.length == 0) {
            return new DatasetStats.Distribution(0, 0, 0, 0, 0, 0, 0, 0);
        }
        int[] sorted = counts.clone();
        Arrays.sort(sorted);
        long sum = 0;
        for (int count : sorted) {
            sum += count;
        }
        return new DatasetStats.Distribution(sorted[0], quantile(sorted, 0.25), quantile(sorted, 0.5),
                quantile(sorted, 0.75), quantile(sorted, 0.90), quantile(sorted, 0.99), sorted[sorted.length - 1],
                (double) sum / sorted.length);
    }

    /** The q-quantile of sorted values, interpolating linearly between the two nearest ranks. */
    static double quantile(int[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }

    /** The share of {@code total} held by the top ⌈fraction × size⌉ (at least one) of ascending counts. */
    static double topShare(int[] ascending, long total, double fraction) {
        if (total == 0 || ascending.length == 0) {
            return 0;
        }
        int k = Math.max(1, (int) Math.ceil(ascending.length * fraction - 1e-9));
        long top = 0;
        for (int i = ascending.length - k; i < ascending.length; i++) {
            top += ascending[i];
        }
        return (double) top / total;
    }

    private static DatasetStats.TimeRange timeRange(Interactions interactions) {
        if (!interactions.hasTimestamps() || interactions.size() == 0) {
            return null;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        long[] times = interactions.timestampArray();
        for (int i = 0; i < interactions.size(); i++) {
            min = Math.min(min, times[i]);
            max = Math.max(max, times[i]);
        }
        return new DatasetStats.TimeRange(min, max, Instant.ofEpochSecond(min).toString(),
                Instant.ofEpochSecond(max).toString());
    }

    private static DatasetStats.Features features(ClickDataset dataset) {
        FeatureTable q = dataset.queryFeatures();
        FeatureTable d = dataset.documentFeatures();
        return new DatasetStats.Features(sorted(q.categorical().keySet()), sorted(q.numeric().keySet()),
                sorted(q.text().keySet()), sorted(d.categorical().keySet()), sorted(d.numeric().keySet()),
                sorted(d.text().keySet()));
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
