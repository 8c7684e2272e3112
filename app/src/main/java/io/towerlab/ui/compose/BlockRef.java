package io.towerlab.ui.compose;

/**
 * Where a block sits in the spec: a tower's input or layer by index, a tower's final normalisation, or one
 * of the head's nodes (similarity, loss with its negative sampler, the fine-tuning start).
 *
 * @param tower {@code queryTower} or {@code docTower}; null for the head's nodes
 */
public record BlockRef(String tower, Part part, int index) {

    public static final String QUERY = "queryTower";
    public static final String DOC = "docTower";

    /** The parts of a spec the canvas shows as blocks. */
    public enum Part { INPUTS, LAYERS, NORMALIZE, SIMILARITY, LOSS, INIT }

    public static BlockRef input(String tower, int index) {
        return new BlockRef(tower, Part.INPUTS, index);
    }

    public static BlockRef layer(String tower, int index) {
        return new BlockRef(tower, Part.LAYERS, index);
    }

    public static BlockRef normalize(String tower) {
        return new BlockRef(tower, Part.NORMALIZE, -1);
    }

    public static BlockRef head(Part part) {
        return new BlockRef(null, part, -1);
    }

    public boolean inTower() {
        return tower != null;
    }

    public boolean movable() {
        return part == Part.INPUTS || part == Part.LAYERS;
    }

    /** The JSON path of the block, e.g. {@code docTower.layers[1]} or {@code similarity}. */
    public String path() {
        return switch (part) {
            case INPUTS -> tower + ".inputs[" + index + "]";
            case LAYERS -> tower + ".layers[" + index + "]";
            case NORMALIZE -> tower + ".normalize";
            case SIMILARITY -> "similarity";
            case LOSS -> "loss";
            case INIT -> "init";
        };
    }

    /** Whether a problem at this JSON path belongs to this block (the loss node also shows its sampler's). */
    public boolean owns(String problemPath) {
        String own = path();
        if (problemPath.equals(own) || problemPath.startsWith(own + ".") || problemPath.startsWith(own + "[")) {
            return true;
        }
        return part == Part.LOSS && (problemPath.equals("negatives") || problemPath.startsWith("negatives."));
    }
}
