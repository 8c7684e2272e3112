package io.towerlab.ui.experiments.inspector;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.EntityDescriber;
import io.towerlab.core.data.PositiveSets;
import io.towerlab.core.train.SavedRunRanker;
import io.towerlab.ui.experiments.SelectedRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A selected run with its model loaded for ranking ({@link SavedRunRanker}), its dataset's
 * validation and test positives for marking held-out documents, and descriptions of its documents.
 * Rankings are serialised on this object: the engine model is used by one thread at a time.
 */
final class InspectedRun implements AutoCloseable {
    private final SelectedRun run;
    private final SavedRunRanker ranker;
    private final PositiveSets valid;
    private final PositiveSets test;
    private final EntityDescriber documents;

    InspectedRun(SelectedRun run, SavedRunRanker ranker) {
        this.run = run;
        this.ranker = ranker;
        ClickDataset dataset = dataset();
        DatasetSplit split = ranker.run().data().split();
        this.valid = PositiveSets.of(dataset.interactions(), split.valid(), dataset.queryCount());
        this.test = PositiveSets.of(dataset.interactions(), split.test(), dataset.queryCount());
        this.documents = EntityDescriber.documents(dataset);
    }

    SelectedRun run() {
        return run;
    }

    ClickDataset dataset() {
        return ranker.run().data().dataset();
    }

    DatasetSplit split() {
        return ranker.run().data().split();
    }

    /**
     * The top-k of the query with this id in this run, exact or from the run's HNSW index (built on
     * first use) with its recall against the exact top-k; or a note when the run's dataset lacks it.
     */
    synchronized RankedColumn rank(String queryId, int k, boolean approximate) {
        int query = dataset().queries().indexOf(queryId);
        if (query < 0) {
            return new RankedColumn(run, List.of(), "query " + queryId + " is not in this run's dataset", 0, "");
        }
        List<SavedRunRanker.Ranked> ranked;
        String indexRecall = "";
        if (approximate) {
            SavedRunRanker.Approximate top = ranker.approximateTop(query, k);
            ranked = top.ranked();
            indexRecall = String.format(Locale.ROOT, "HNSW: %d of the exact top %d (recall %.2f), %.1f ms vs %.1f ms exact",
                    top.found(), top.exactCount(), top.recall().recall(), top.recall().approximateSeconds() * 1e3,
                    top.recall().exactSeconds() * 1e3);
        } else {
            ranked = ranker.top(query, k);
        }
        List<RankedDocument> rows = new ArrayList<>();
        int rank = 1;
        int found = 0;
        for (SavedRunRanker.Ranked r : ranked) {
            String mark = test.contains(query, r.document()) ? "test" : valid.contains(query, r.document()) ? "valid" : "";
            found += mark.isEmpty() ? 0 : 1;
            rows.add(new RankedDocument(rank++, documents.id(r.document()), documents.describe(r.document()),
                    r.score(), mark));
        }
        int heldOut = test.size(query) + valid.size(query);
        String note = heldOut == 0 ? "no held-out clicks for this query"
                : found + " of " + heldOut + " held-out clicks in the top " + k;
        return new RankedColumn(run, rows, note, found, indexRecall);
    }

    /** Whether the run's HNSW index is built (an approximate ranking builds it first). */
    synchronized boolean hasIndex() {
        return ranker.hasIndex();
    }

    /** The query's training clicks, oldest first, as lines "time · document". */
    List<String> trainingHistory(String queryId) {
        int query = dataset().queries().indexOf(queryId);
        if (query < 0) {
            return List.of();
        }
        var log = dataset().interactions();
        List<Integer> rows = new ArrayList<>();
        for (int row : split().train()) {
            if (log.query(row) == query) {
                rows.add(row);
            }
        }
        rows.sort((a, b) -> Long.compare(log.hasTimestamps() ? log.timestamp(a) : a, log.hasTimestamps() ? log.timestamp(b) : b));
        List<String> lines = new ArrayList<>();
        for (int row : rows) {
            String when = log.hasTimestamps() ? java.time.LocalDate.ofInstant(
                    java.time.Instant.ofEpochSecond(log.timestamp(row)), java.time.ZoneOffset.UTC).toString() : "#" + row;
            lines.add(when + " · " + documents.describe(log.document(row)));
        }
        return lines;
    }

    /** Queries that have clicks in the test split (to pick one at random). */
    int[] testQueries() {
        var log = dataset().interactions();
        return Arrays.stream(split().test()).map(log::query).distinct().sorted().toArray();
    }

    @Override
    public synchronized void close() {
        ranker.close();
    }
}
