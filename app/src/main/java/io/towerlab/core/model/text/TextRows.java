package io.towerlab.core.model.text;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Each entity's text as integer ids (bucket or token ids) with a weight each, in compressed-sparse-row form:
 * the entries of row {@code r} are {@code ids[offsets[r] .. offsets[r+1])}. Built once per model, so that
 * preparing a batch is a copy.
 *
 * @param counts the weight of each entry (how often a bucket occurs), or null when every entry counts once
 *               and order matters (a token sequence)
 */
public record TextRows(int[] offsets, int[] ids, float[] counts) {

    public int rows() {
        return offsets.length - 1;
    }

    public int length(int row) {
        return offsets[row + 1] - offsets[row];
    }

    /** Sequences: each text's ids in order, as the encoder returns them. */
    public static TextRows sequences(String[] texts, Function<String, int[]> encoder) {
        int[][] rows = new int[texts.length][];
        for (int r = 0; r < texts.length; r++) {
            rows[r] = encoder.apply(texts[r]);
        }
        return pack(rows, null);
    }

    /** Bags: each text's distinct ids in increasing order, weighted by how often each occurs. */
    public static TextRows bags(String[] texts, Function<String, int[]> encoder) {
        int[][] rows = new int[texts.length][];
        float[][] counts = new float[texts.length][];
        for (int r = 0; r < texts.length; r++) {
            int[] ids = encoder.apply(texts[r]).clone();
            Arrays.sort(ids);
            IntList distinct = new IntList();
            float[] c = new float[ids.length];
            for (int i = 0; i < ids.length; i++) {
                if (i == 0 || ids[i] != ids[i - 1]) {
                    distinct.add(ids[i]);
                }
                c[distinct.size() - 1]++;
            }
            rows[r] = distinct.toArray();
            counts[r] = Arrays.copyOf(c, rows[r].length);
        }
        return pack(rows, counts);
    }

    private static TextRows pack(int[][] rows, float[][] counts) {
        int[] offsets = new int[rows.length + 1];
        for (int r = 0; r < rows.length; r++) {
            offsets[r + 1] = offsets[r] + rows[r].length;
        }
        int[] ids = new int[offsets[rows.length]];
        float[] weights = counts == null ? null : new float[ids.length];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, ids, offsets[r], rows[r].length);
            if (weights != null) {
                System.arraycopy(counts[r], 0, weights, offsets[r], rows[r].length);
            }
        }
        return new TextRows(offsets, ids, weights);
    }
}
