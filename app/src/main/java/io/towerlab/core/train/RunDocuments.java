package io.towerlab.core.train;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.data.EntityDescriber;
import io.towerlab.core.eval.projection.DocumentGroups;
import io.towerlab.core.spec.SimilarityType;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.store.Embeddings;
import io.towerlab.core.store.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * A saved run's document vectors (written at the end of training) with what is needed to show them:
 * the similarity the model compares them by, the dataset's document descriptions and the ways to
 * colour them. {@code datasetIndex[row]} is the dense index of each vector's document in the dataset,
 * or -1 when the dataset no longer holds that id.
 */
public record RunDocuments(RunFolder folder, Embeddings.Matrix vectors, SimilarityType similarity,
                           ClickDataset dataset, int[] datasetIndex, EntityDescriber describer,
                           List<DocumentGroups> groupings) {

    /** Reads a run's saved vectors and loads the dataset named in its provenance. */
    public static RunDocuments load(RunFolder folder) throws IOException, SpecException, DataFormatException {
        if (!Files.isDirectory(folder.embeddings())) {
            throw new IOException("run " + folder.id() + " has no saved document vectors (" + folder.embeddings()
                    + "): runs save them when training completes; train it again");
        }
        Embeddings.Matrix vectors = Embeddings.read(folder.embeddings());
        SavedRun saved = SavedRun.open(folder, null);
        ClickDataset dataset = saved.data().dataset();
        int[] index = new int[vectors.count()];
        for (int r = 0; r < index.length; r++) {
            index[r] = dataset.documents().indexOf(vectors.ids().get(r));
        }
        return new RunDocuments(folder, vectors, saved.spec().similarity().type(), dataset, index,
                EntityDescriber.documents(dataset), DocumentGroups.of(dataset, saved.data().split().train()));
    }

    /** The group of the vector at {@code row} in a grouping, -1 when unknown. */
    public int group(DocumentGroups grouping, int row) {
        int d = datasetIndex[row];
        return d < 0 ? -1 : grouping.group()[d];
    }

    /** A one-line description of the vector's document. */
    public String describe(int row) {
        int d = datasetIndex[row];
        return d < 0 ? vectors.ids().get(row) + " (not in the dataset any more)" : describer.describe(d);
    }
}
