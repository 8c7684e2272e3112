package io.towerlab.core.eval.projection;

import io.towerlab.core.data.CategoricalColumn;
import io.towerlab.core.data.ClickDataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ways to colour documents in a projection: one grouping per categorical document feature (its
 * first value; the {@link #MAX_GROUPS}−1 most frequent values keep their own colour, the rest share
 * "other") and a popularity bucket from the training clicks.
 *
 * @param name   what the grouping is by, e.g. "category" or "popularity"
 * @param labels the legend, one per group
 * @param group  the group of each document by dense index, -1 when the document has no value
 */
public record DocumentGroups(String name, List<String> labels, int[] group) {
    public static final int MAX_GROUPS = 20;
    public static final String POPULARITY = "popularity (training clicks)";

    /** Every grouping of a dataset's documents: its categorical features by name, then popularity. */
    public static List<DocumentGroups> of(ClickDataset dataset, int[] trainRows) {
        List<DocumentGroups> out = new ArrayList<>();
        new java.util.TreeMap<>(dataset.documentFeatures().categorical()).values()
                .forEach(column -> out.add(categorical(column)));
        int[] clicks = new int[dataset.documentCount()];
        for (int row : trainRows) {
            clicks[dataset.interactions().document(row)]++;
        }
        out.add(popularity(clicks));
        return out;
    }

    static DocumentGroups categorical(CategoricalColumn column) {
        int values = column.vocabulary().size();
        int[] frequency = new int[values];
        for (int r = 0; r < column.rows(); r++) {
            int code = column.firstCode(r);
            if (code >= 0) {
                frequency[code]++;
            }
        }
        Integer[] order = new Integer[values];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> frequency[b] != frequency[a] ? Integer.compare(frequency[b], frequency[a])
                : column.vocabulary().idOf(a).compareTo(column.vocabulary().idOf(b)));
        boolean overflow = values > MAX_GROUPS;
        int kept = overflow ? MAX_GROUPS - 1 : values;
        int[] groupOfCode = new int[values];
        Arrays.fill(groupOfCode, kept);
        Map<Integer, String> labels = new LinkedHashMap<>();
        // legend sorted by value name for the kept values
        List<Integer> keptCodes = new ArrayList<>(Arrays.asList(order).subList(0, kept));
        keptCodes.sort((a, b) -> column.vocabulary().idOf(a).compareTo(column.vocabulary().idOf(b)));
        for (int i = 0; i < keptCodes.size(); i++) {
            groupOfCode[keptCodes.get(i)] = i;
            labels.put(i, column.vocabulary().idOf(keptCodes.get(i)));
        }
        List<String> legend = new ArrayList<>(labels.values());
        if (overflow) {
            legend.add("other (" + (values - kept) + " values)");
        }
        int[] group = new int[column.rows()];
        for (int r = 0; r < group.length; r++) {
            int code = column.firstCode(r);
            group[r] = code < 0 ? -1 : groupOfCode[code];
        }
        return new DocumentGroups(column.name(), List.copyOf(legend), group);
    }

    /**
     * Buckets by training clicks among clicked documents: the top 1 %, the next 9 %, the next 40 %
     * (torso), the bottom 50 % (tail), and never clicked in training.
     */
    static DocumentGroups popularity(int[] clicks) {
        int[] clicked = Arrays.stream(clicks).filter(c -> c > 0).sorted().toArray();
        int n = clicked.length;
        int top1 = n == 0 ? Integer.MAX_VALUE : clicked[Math.max(0, (int) Math.ceil(n * 0.99) - 1)];
        int top10 = n == 0 ? Integer.MAX_VALUE : clicked[Math.max(0, (int) Math.ceil(n * 0.90) - 1)];
        int top50 = n == 0 ? Integer.MAX_VALUE : clicked[Math.max(0, (int) Math.ceil(n * 0.50) - 1)];
        int[] group = new int[clicks.length];
        for (int d = 0; d < clicks.length; d++) {
            int c = clicks[d];
            group[d] = c == 0 ? 4 : c > top1 ? 0 : c > top10 ? 1 : c > top50 ? 2 : 3;
        }
        return new DocumentGroups(POPULARITY, List.of("head: top 1 %", "top 1–10 %", "torso: 10–50 %",
                "tail: bottom 50 %", "never clicked"), group);
    }
}
