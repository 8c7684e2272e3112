package io.towerlab.ui.experiments.projection;

import io.towerlab.core.eval.projection.DocumentGroups;
import io.towerlab.core.eval.projection.NearestNeighbours;
import io.towerlab.core.eval.projection.Pca;
import io.towerlab.core.eval.projection.ProjectionSample;
import io.towerlab.core.spec.SimilarityType;
import io.towerlab.core.train.RunDocuments;
import io.towerlab.ui.experiments.SelectedRun;
import java.util.HashMap;
import java.util.Map;

/**
 * One run's documents prepared for the scatter plot: the shown sample ({@link ProjectionSample}),
 * its vectors, the PCA layout (immediate), and nearest neighbours over every saved vector.
 *
 * @param sample     the shown rows of the run's saved vectors
 * @param vectors    the sample's vectors, row-major
 * @param pcaLayout  the sample's PCA coordinates, {@code x, y} per point
 * @param pca        the fitted PCA, for the explained variance
 */
public record RunProjection(SelectedRun run, RunDocuments documents, int[] sample, float[] vectors,
                            float[] pcaLayout, Pca pca, NearestNeighbours neighbours,
                            Map<String, Integer> pointById) {

    /** Samples, projects by PCA and indexes a run's documents; runs in the background. */
    public static RunProjection of(SelectedRun run, RunDocuments documents) {
        var matrix = documents.vectors();
        int[] sample = ProjectionSample.rows(matrix.ids());
        int dim = matrix.dim();
        float[] vectors = new float[sample.length * dim];
        Map<String, Integer> pointById = new HashMap<>(sample.length * 2);
        for (int p = 0; p < sample.length; p++) {
            System.arraycopy(matrix.vectors(), sample[p] * dim, vectors, p * dim, dim);
            pointById.put(matrix.ids().get(sample[p]), p);
        }
        Pca pca = Pca.fit(vectors, sample.length, dim, Math.min(2, dim));
        float[] layout = pca.project(vectors, sample.length);
        if (pca.k() == 1) {
            float[] padded = new float[sample.length * 2];
            for (int p = 0; p < sample.length; p++) {
                padded[2 * p] = layout[p];
            }
            layout = padded;
        }
        NearestNeighbours neighbours = new NearestNeighbours(matrix.vectors(), dim,
                documents.similarity() == SimilarityType.COSINE);
        return new RunProjection(run, documents, sample, vectors, layout, pca, neighbours, Map.copyOf(pointById));
    }

    public int size() {
        return sample.length;
    }

    /** The id of a shown point. */
    public String id(int point) {
        return documents.vectors().ids().get(sample[point]);
    }

    /** The shown point of a document id, or -1 when it is not in this run's sample. */
    public int point(String id) {
        Integer p = pointById.get(id);
        return p == null ? -1 : p;
    }

    /** The group of every shown point in a grouping (by name), -1 for none. */
    public int[] groups(DocumentGroups grouping) {
        int[] out = new int[sample.length];
        for (int p = 0; p < sample.length; p++) {
            out[p] = documents.group(grouping, sample[p]);
        }
        return out;
    }

    /** The row of a document id among all saved vectors, or -1. */
    public int row(String id) {
        int p = point(id);
        return p >= 0 ? sample[p] : documents.vectors().ids().indexOf(id);
    }

    /** "PCA: 12.3 % + 8.1 % of the variance". */
    public String pcaNote() {
        StringBuilder out = new StringBuilder("PCA: ");
        for (int i = 0; i < pca.k(); i++) {
            out.append(i == 0 ? "" : " + ").append(String.format(java.util.Locale.ROOT, "%.1f %%", 100 * pca.explained(i)));
        }
        return out.append(" of the variance").toString();
    }
}
