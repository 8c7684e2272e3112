package io.towerlab.ui.compose;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The composer's starting points, each a well-known two-tower set-up filled in on a new spec for the loaded
 * dataset's columns. "Start from a saved run" is not here: it copies a run's spec (see
 * {@link ComposeViewModel#startFromRun}).
 */
public enum Template {
    /** Huang et al. 2013: letter trigrams, tanh 300-300-128, cosine, softmax over 4 random negatives. */
    DSSM("DSSM 2013", "Letter-trigram hashing, tanh 300-300-128, cosine, softmax with 4 random negatives"),
    /** Covington et al. 2016: the user's click history and categories; sampled softmax by popularity. */
    YOUTUBE("YouTube-style", "History + categorical user tower, id + category item tower, sampled softmax"),
    /** Matrix factorisation as a two-tower model: an id embedding each side, dot product, BPR-style PairCE. */
    MF("ID-only two-tower", "Matrix factorisation: id embeddings, dot product, PairCE with weight decay"),
    /** Radford et al. 2021: in-batch symmetric full product softmax, learnable temperature, normalised towers. */
    CLIP("CLIP-style", "Symmetric in-batch FPS, learnable temperature, L2-normalised towers");

    private final String title;
    private final String summary;

    Template(String title, String summary) {
        this.title = title;
        this.summary = summary;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    @Override
    public String toString() {
        return title;
    }

    /** Fills the towers and head of a new spec tree (whose towers are empty) for the given columns. */
    void fill(ObjectNode root, ComposerEdits edits, Columns columns) {
        Filler f = new Filler(root, edits, columns);
        switch (this) {
            case DSSM -> {
                for (String tower : new String[] {BlockRef.QUERY, BlockRef.DOC}) {
                    f.input(tower, BlockKind.TRIGRAM, tower.equals(BlockRef.QUERY) ? "text" : "title");
                    f.dense(tower, 300, "tanh");
                    f.dense(tower, 128, "tanh");
                }
                f.head("cosine", 0.05, false, "softmax");
                f.negatives("uniform", 4);
            }
            case YOUTUBE -> {
                f.input(BlockRef.QUERY, BlockKind.HISTORY, null);
                f.optionalInput(BlockRef.QUERY, BlockKind.CATEGORICAL);
                f.dense(BlockRef.QUERY, 128, "relu");
                f.dense(BlockRef.QUERY, 64, "none");
                f.input(BlockRef.DOC, BlockKind.ID, null);
                f.optionalInput(BlockRef.DOC, BlockKind.CATEGORICAL);
                f.dense(BlockRef.DOC, 64, "none");
                f.head("cosine", 0.05, false, "softmax");
                f.negatives("popularity", 20);
            }
            case MF -> {
                f.input(BlockRef.QUERY, BlockKind.ID, null);
                f.input(BlockRef.DOC, BlockKind.ID, null);
                f.head("dot", 1.0, false, "pairce");
                f.negatives("uniform", 10);
                root.withObjectProperty("optimizer").put("weightDecay", 1e-4);
            }
            case CLIP -> {
                for (String tower : new String[] {BlockRef.QUERY, BlockRef.DOC}) {
                    f.textOrId(tower, tower.equals(BlockRef.QUERY) ? "text" : "title");
                    f.dense(tower, 128, "relu");
                    f.dense(tower, 64, "none");
                    edits.insert(root, tower, BlockKind.NORMALIZE, -1, null);
                }
                f.head("cosine", 0.07, true, "fps");
                root.withObjectProperty("loss").put("symmetric", true);
            }
        }
        root.put("description", title + ": " + summary + ".");
    }

    /** Builds a template's blocks through the same edits the canvas makes. */
    private record Filler(ObjectNode root, ComposerEdits edits, Columns columns) {

        void input(String tower, BlockKind kind, String preferredColumn) {
            edits.insert(root, tower, kind, -1, columns.defaultColumn(tower, kind, preferredColumn));
        }

        void optionalInput(String tower, BlockKind kind) {
            if (columns.known() && !columns.fitting(tower, kind.columnKind()).isEmpty()) {
                input(tower, kind, null);
            }
        }

        void textOrId(String tower, String preferredColumn) {
            boolean text = !columns.known() || !columns.fitting(tower, BlockKind.ColumnKind.TEXT).isEmpty();
            input(tower, text ? BlockKind.TOKENS : BlockKind.ID, preferredColumn);
        }

        void dense(String tower, int units, String activation) {
            edits.insert(root, tower, BlockKind.DENSE, -1, null);
            ObjectNode layer = (ObjectNode) root.path(tower).path("layers").get(root.path(tower).path("layers").size() - 1);
            layer.put("units", units).put("activation", activation);
        }

        void head(String similarity, double temperature, boolean learn, String loss) {
            root.withObjectProperty("similarity").put("type", similarity).put("temperature", temperature)
                    .put("learnTemperature", learn);
            root.withObjectProperty("loss").put("type", loss);
        }

        void negatives(String sampler, int count) {
            root.withObjectProperty("negatives").put("sampler", sampler).put("count", count);
        }
    }
}
