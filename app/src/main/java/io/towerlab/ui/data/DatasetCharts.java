package io.towerlab.ui.data;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.Interactions;
import java.util.Arrays;

/**
 * The series behind the data view's charts, computed off the UI thread from a dataset's arrays.
 *
 * @param tailRank      document popularity rank (1 = most clicked), log-spaced, for a log-log plot
 * @param tailCount     clicks of the document at that rank (documents without clicks left out)
 * @param perQueryBin   the lower edge of each bin of interactions per query
 * @param perQueryCount how many queries fall in that bin (the last bin holds everything above)
 * @param activityTime  bucket starts in epoch milliseconds, empty when the log has no timestamps
 * @param activityCount interactions per bucket
 */
public record DatasetCharts(double[] tailRank, double[] tailCount, int[] perQueryBin, int[] perQueryCount,
                            long[] activityTime, int[] activityCount) {
    static final int HISTOGRAM_BINS = 40;
    static final int ACTIVITY_BUCKETS = 60;

    public static DatasetCharts of(ClickDataset dataset) {
        Interactions log = dataset.interactions();
        int[] perDocument = new int[dataset.documentCount()];
        int[] perQuery = new int[dataset.queryCount()];
        for (int row = 0; row < log.size(); row++) {
            perDocument[log.document(row)]++;
            perQuery[log.query(row)]++;
        }
        double[][] tail = longTail(perDocument);
        int[][] histogram = histogram(perQuery);
        long[] times = new long[0];
        int[] counts = new int[0];
        if (log.hasTimestamps() && log.size() > 0) {
            long[] ts = log.timestampArray();
            long min = Arrays.stream(ts).min().orElse(0);
            long max = Arrays.stream(ts).max().orElse(0);
            long width = Math.max(1, (max - min) / ACTIVITY_BUCKETS + 1);
            counts = new int[(int) ((max - min) / width) + 1];
            for (long t : ts) {
                counts[(int) ((t - min) / width)]++;
            }
            times = new long[counts.length];
            for (int i = 0; i < times.length; i++) {
                times[i] = (min + i * width) * 1000;
            }
        }
        return new DatasetCharts(tail[0], tail[1], histogram[0], histogram[1], times, counts);
    }

    static double[][] longTail(int[] perDocument) {
        int[] sorted = Arrays.stream(perDocument).filter(c -> c > 0).sorted().toArray();
        int n = sorted.length;
        double[] rank = new double[n];
        double[] count = new double[n];
        int points = 0;
        for (double r = 1; r <= n; r = Math.max(r + 1, Math.floor(r * 1.05))) {
            int i = (int) r;
            rank[points] = i;
            count[points++] = sorted[n - i];
        }
        return new double[][] {Arrays.copyOf(rank, points), Arrays.copyOf(count, points)};
    }

    static int[][] histogram(int[] perQuery) {
        if (perQuery.length == 0) {
            return new int[][] {new int[0], new int[0]};
        }
        int[] sorted = perQuery.clone();
        Arrays.sort(sorted);
        int top = sorted[(int) Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))];
        int width = Math.max(1, (int) Math.ceil((top + 1) / (double) HISTOGRAM_BINS));
        int bins = top / width + 1;
        int[] lower = new int[bins];
        int[] count = new int[bins];
        for (int b = 0; b < bins; b++) {
            lower[b] = b * width;
        }
        for (int c : perQuery) {
            count[Math.min(bins - 1, c / width)]++;
        }
        return new int[][] {lower, count};
    }
}
