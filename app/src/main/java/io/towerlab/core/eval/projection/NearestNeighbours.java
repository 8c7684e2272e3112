package io.towerlab.core.eval.projection;

import java.util.Arrays;

/**
 * Exact nearest neighbours of one saved document vector among all others, by the model's own
 * similarity: the dot product, or the cosine (the dot product of L2-normalised vectors). One pass
 * over the matrix (50,000 × 64 takes a few milliseconds), so no index is kept.
 */
public final class NearestNeighbours {

    /** A neighbour: its row and its similarity to the chosen row. */
    public record Neighbour(int row, double score) {
    }

    private final float[] vectors;
    private final int dim;
    private final int rows;
    private final double[] norms;

    /** @param cosine compare L2-normalised vectors rather than raw dot products */
    public NearestNeighbours(float[] vectors, int dim, boolean cosine) {
        if (dim < 1 || vectors.length % dim != 0) {
            throw new IllegalArgumentException(vectors.length + " values do not make rows of " + dim);
        }
        this.vectors = vectors;
        this.dim = dim;
        this.rows = vectors.length / dim;
        this.norms = new double[rows];
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int c = 0; c < dim; c++) {
                sum += (double) vectors[r * dim + c] * vectors[r * dim + c];
            }
            norms[r] = cosine ? Math.max(Math.sqrt(sum), 1e-12) : 1;
        }
    }

    public int rows() {
        return rows;
    }

    /** The similarity of two rows. */
    public double score(int a, int b) {
        double sum = 0;
        for (int c = 0; c < dim; c++) {
            sum += (double) vectors[a * dim + c] * vectors[b * dim + c];
        }
        return sum / (norms[a] * norms[b]);
    }

    /** The {@code k} rows most similar to {@code row} (itself excluded), best first; ties by row. */
    public Neighbour[] of(int row, int k) {
        int kk = Math.min(k, rows - 1);
        Neighbour[] best = new Neighbour[Math.max(0, kk)];
        int size = 0;
        for (int r = 0; r < rows; r++) {
            if (r == row) {
                continue;
            }
            double s = score(row, r);
            if (size < kk) {
                best[size++] = new Neighbour(r, s);
                if (size == kk) {
                    Arrays.sort(best, NearestNeighbours::byScore);
                }
            } else if (kk > 0 && s > best[kk - 1].score()) {
                int at = kk - 1;
                while (at > 0 && best[at - 1].score() < s) {
                    best[at] = best[at - 1];
                    at--;
                }
                best[at] = new Neighbour(r, s);
            }
        }
        return best;
    }

    private static int byScore(Neighbour a, Neighbour b) {
        int c = Double.compare(b.score(), a.score());
        return c != 0 ? c : Integer.compare(a.row(), b.row());
    }
}
