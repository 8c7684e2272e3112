package io.towerlab.core.train;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetFormat;
import io.towerlab.core.data.DatasetSource;
import io.towerlab.core.data.FeatureTable;
import io.towerlab.core.data.IdDictionary;
import io.towerlab.core.data.InteractionsBuilder;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Small click logs with planted structure for trainer tests: users click inside their favourite group. */
final class TinyClickLogs {
    private TinyClickLogs() {
    }

    /**
     * {@code users} users, {@code documents} documents in {@code groups} groups; each user clicks
     * {@code clicksPerUser} distinct documents of one group (its favourite), in time order.
     */
    static ClickDataset grouped(int users, int documents, int groups, int clicksPerUser, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        IdDictionary queries = new IdDictionary();
        IdDictionary docs = new IdDictionary();
        for (int d = 0; d < documents; d++) {
            docs.getOrAdd("d" + d);
        }
        InteractionsBuilder log = new InteractionsBuilder(users * clicksPerUser).withTimestamps(true);
        int perGroup = documents / groups;
        long time = 0;
        for (int u = 0; u < users; u++) {
            int q = queries.getOrAdd("u" + u);
            int group = random.nextInt(groups);
            boolean[] used = new boolean[perGroup];
            for (int c = 0; c < clicksPerUser && c < perGroup; c++) {
                int pick;
                do {
                    pick = random.nextInt(perGroup);
                } while (used[pick]);
                used[pick] = true;
                log.add(q, group * perGroup + pick, 1f, time++);
            }
        }
        return new ClickDataset("tiny", new DatasetSource(Path.of("tiny"), DatasetFormat.CSV, "none"), queries, docs,
                log.build(), FeatureTable.empty(), FeatureTable.empty());
    }
}
