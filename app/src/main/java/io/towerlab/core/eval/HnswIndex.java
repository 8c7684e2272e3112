package io.towerlab.core.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.codecs.hnsw.DefaultFlatVectorScorer;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.hnsw.HnswConcurrentMergeBuilder;
import org.apache.lucene.util.hnsw.HnswGraphBuilder;
import org.apache.lucene.util.hnsw.HnswGraphSearcher;
import org.apache.lucene.util.hnsw.OnHeapHnswGraph;
import org.apache.lucene.util.hnsw.RandomAccessVectorValues;
import org.apache.lucene.util.hnsw.RandomVectorScorer;
import org.apache.lucene.util.hnsw.RandomVectorScorerSupplier;

/**
 * An approximate nearest-neighbour index over document vectors by maximum inner product: a
 * hierarchical navigable small-world graph (HNSW; Malkov and Yashunin, 2018) built and searched
 * with Apache Lucene's implementation. For catalogues too large to score exhaustively per query
 * (the query inspector, very large catalogues); its answers can miss documents of the exact top-k,
 * so its recall against the exact answer is measured ({@link IndexRecall}) and shown beside it.
 *
 * <p>The graph lives on the Java heap: about {@code documents × (4·dim + 8·maxConnections)} bytes.
 * Built on one thread the graph is deterministic for a seed; built on several (Lucene's concurrent
 * builder, for large catalogues) it can differ slightly from build to build, which is why its recall
 * is measured every time rather than assumed. Searching is thread-safe once built.
 */
public final class HnswIndex {
    /** Lucene's defaults: 16 neighbours per node, a beam of 100 candidates while building. */
    public static final int DEFAULT_MAX_CONNECTIONS = 16;
    public static final int DEFAULT_BEAM_WIDTH = 100;

    private final RandomAccessVectorValues.Floats vectors;
    private final OnHeapHnswGraph graph;
    private final int dim;

    private HnswIndex(RandomAccessVectorValues.Floats vectors, OnHeapHnswGraph graph, int dim) {
        this.vectors = vectors;
        this.graph = graph;
        this.dim = dim;
    }

    /**
     * Catalogues from this size on are built on every core: a 100,000-document graph takes tens of
     * CPU-seconds on one thread; smaller ones are built on one thread, reproducibly.
     */
    public static final int PARALLEL_BUILD_FROM = 100_000;

    /** Builds the index with Lucene's default graph settings, on {@link #defaultThreads} threads. */
    public static HnswIndex build(EmbeddingMatrix documents, long seed) {
        return build(documents, DEFAULT_MAX_CONNECTIONS, DEFAULT_BEAM_WIDTH, seed, defaultThreads(documents.rows()));
    }

    /** One thread below {@link #PARALLEL_BUILD_FROM} documents, else one per available core. */
    public static int defaultThreads(int documents) {
        return documents < PARALLEL_BUILD_FROM ? 1 : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Builds on one thread: the same graph for the same vectors and seed. */
    public static HnswIndex build(EmbeddingMatrix documents, int maxConnections, int beamWidth, long seed) {
        return build(documents, maxConnections, beamWidth, seed, 1);
    }

    /**
     * @param maxConnections neighbours kept per node (HNSW's M); more gives higher recall and a larger graph
     * @param beamWidth      candidates considered while inserting a node (efConstruction)
     * @param threads        threads inserting nodes; above one the graph is no longer reproducible
     */
    public static HnswIndex build(EmbeddingMatrix documents, int maxConnections, int beamWidth, long seed,
                                  int threads) {
        if (documents.rows() == 0) {
            throw new IllegalArgumentException("the catalogue is empty: there is nothing to index");
        }
        if (maxConnections < 2 || beamWidth < 1 || threads < 1) {
            throw new IllegalArgumentException("maxConnections must be >= 2, beamWidth and threads >= 1, were "
                    + maxConnections + ", " + beamWidth + " and " + threads);
        }
        int dim = documents.dim();
        List<float[]> rows = new ArrayList<>(documents.rows());
        for (int r = 0; r < documents.rows(); r++) {
            rows.add(Arrays.copyOfRange(documents.data(), r * dim, r * dim + dim));
        }
        RandomAccessVectorValues.Floats vectors = RandomAccessVectorValues.fromFloats(rows, dim);
        try {
            var supplier = DefaultFlatVectorScorer.INSTANCE.getRandomVectorScorerSupplier(
                    VectorSimilarityFunction.MAXIMUM_INNER_PRODUCT, vectors);
            HnswGraphBuilder builder = HnswGraphBuilder.create(supplier, maxConnections, beamWidth, seed, vectors.size());
            OnHeapHnswGraph graph = threads == 1 ? builder.build(vectors.size())
                    : buildConcurrently(supplier, maxConnections, beamWidth, builder.getGraph(), vectors.size(), threads);
            return new HnswIndex(vectors, graph, dim);
        } catch (IOException e) {
            throw new UncheckedIOException("building the HNSW graph in memory failed", e);
        }
    }

    private static OnHeapHnswGraph buildConcurrently(RandomVectorScorerSupplier supplier, int maxConnections,
                                                     int beamWidth, OnHeapHnswGraph empty, int size, int threads)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "hnsw-build");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return new HnswConcurrentMergeBuilder(new TaskExecutor(pool), threads, supplier, maxConnections, beamWidth,
                    empty, null).build(size);
        } finally {
            pool.shutdownNow();
        }
    }

    public int size() {
        return vectors.size();
    }

    public int dim() {
        return dim;
    }

    /**
     * The (approximately) {@code k} documents of highest inner product with {@code query}, best
     * first, never one of {@code excluded} (sorted ascending).
     *
     * @param candidates how many candidates the search keeps (HNSW's ef), at least k; more is slower
     *                   and finds more of the exact top-k
     */
    public int[] search(float[] query, int k, int candidates, int[] excluded) {
        if (query.length != dim) {
            throw new IllegalArgumentException("the query vector has " + query.length + " dims, the index " + dim);
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        int ef = Math.max(k, candidates);
        Bits accept = excluded.length == 0 ? null : new Accepted(excluded, vectors.size());
        try {
            RandomVectorScorer scorer = DefaultFlatVectorScorer.INSTANCE.getRandomVectorScorer(
                    VectorSimilarityFunction.MAXIMUM_INNER_PRODUCT, vectors, query);
            KnnCollector found = HnswGraphSearcher.search(scorer, ef, graph, accept, Integer.MAX_VALUE);
            ScoreDoc[] hits = found.topDocs().scoreDocs;
            Arrays.sort(hits, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score)
                    : Integer.compare(a.doc, b.doc));
            int[] out = new int[Math.min(k, hits.length)];
            for (int i = 0; i < out.length; i++) {
                out[i] = hits[i].doc;
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory HNSW graph failed", e);
        }
    }

    /** Every document except a sorted list of excluded ones. */
    private record Accepted(int[] excluded, int length) implements Bits {
        @Override
        public boolean get(int index) {
            return Arrays.binarySearch(excluded, index) < 0;
        }
    }
}
