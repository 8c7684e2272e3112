package io.towerlab.core.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Parameter counts and an estimate of the floating-point operations of each block of a tower, without
 * building it. The counts follow what {@code core.model} allocates: an embedding table is rows × dim, a dense
 * layer in × units + units, layer norm 2 × dim, a transformer block 12·d² + 13·d.
 *
 * <p>The operation counts assume a text of {@value #WORDS_PER_TEXT} words (about {@value #TRIGRAMS_PER_WORD}
 * letter trigrams each) and a history of its full length: the query tower runs at request time, so its
 * cost per request is what the method keeps small (DESIGN.md §1). Lookups count as the additions of their
 * pooling; dropout costs nothing at inference.
 */
public final class TowerCosts {

    /** The words of a typical query or title assumed by the estimate. */
    public static final int WORDS_PER_TEXT = 10;
    /** Letter trigrams of a typical {@code #word#}. */
    public static final int TRIGRAMS_PER_WORD = 6;

    private TowerCosts() {
    }

    /** The cost of one input of a tower ({@code query}: the query tower). */
    public static BlockCost input(EncoderSpec input, boolean query, TableSizes sizes) {
        if (input instanceof IdEncoderSpec id) {
            return table(sizes.entities(query).orElse(-1), id.dim(), 0);
        }
        if (input instanceof CategoricalEncoderSpec c) {
            return table(sizes.categories(query, c.column()).orElse(-1), c.dim(), c.dim());
        }
        if (input instanceof NumericEncoderSpec) {
            return new BlockCost(0, false, 2);
        }
        if (input instanceof HistoryEncoderSpec h) {
            long flops = (long) h.maxLength() * h.dim();
            return h.shareDocumentTable() ? new BlockCost(0, false, flops)
                    : table(sizes.entities(false).orElse(-1), h.dim(), flops);
        }
        if (input instanceof TrigramEncoderSpec t) {
            return table(t.buckets(), t.dim(), (long) WORDS_PER_TEXT * TRIGRAMS_PER_WORD * t.dim());
        }
        if (input instanceof TokensEncoderSpec t) {
            return new BlockCost((long) t.maxVocabulary() * t.dim(), true,
                    (long) Math.min(WORDS_PER_TEXT, t.maxLength()) * t.dim());
        }
        if (input instanceof TransformerEncoderSpec t) {
            return transformer(t);
        }
        return new BlockCost(-1, false, -1); // a pretrained model: its size is in its files
    }

    private static BlockCost table(long rows, int dim, long flops) {
        return new BlockCost(rows < 0 ? -1 : rows * dim, false, flops);
    }

    private static BlockCost transformer(TransformerEncoderSpec t) {
        long d = t.dim();
        long perBlock = 12 * d * d + 13 * d;
        long parameters = (long) t.maxVocabulary() * d + t.maxLength() * d + t.layers() * perBlock;
        long length = Math.min(WORDS_PER_TEXT, t.maxLength()) + (t.pooling() == TextPooling.FIRST ? 1 : 0);
        long flopsPerBlock = 24 * length * d * d + 4 * length * length * d;
        return new BlockCost(parameters, true, t.layers() * flopsPerBlock);
    }

    /** The cost of one layer given the size of its input. */
    public static BlockCost layer(LayerSpec layer, int inputDim) {
        if (layer instanceof DenseLayerSpec dense) {
            long weights = (long) inputDim * dense.units();
            return new BlockCost(weights + dense.units(), false, 2 * weights + dense.units());
        }
        if (layer instanceof LayerNormSpec) {
            return new BlockCost(2L * inputDim, false, 8L * inputDim);
        }
        return BlockCost.FREE;
    }

    /** The cost of the final L2 normalisation of a vector of this size. */
    public static BlockCost normalize(int dim) {
        return new BlockCost(0, false, 3L * dim);
    }

    /** The cost of every input, then every layer, in order. */
    public static List<BlockCost> blocks(TowerSpec tower, boolean query, TableSizes sizes) {
        List<BlockCost> costs = new ArrayList<>();
        for (EncoderSpec input : tower.inputs()) {
            costs.add(input(input, query, sizes));
        }
        int dim = TowerShapes.inputDim(tower);
        for (LayerSpec layer : tower.layers()) {
            costs.add(layer(layer, dim));
            dim = layer.outputDim().orElse(dim);
        }
        return costs;
    }

    /** The whole tower: the sum of its blocks, with the final normalisation when it has one. */
    public static BlockCost total(TowerSpec tower, boolean query, TableSizes sizes) {
        BlockCost sum = BlockCost.FREE;
        for (BlockCost cost : blocks(tower, query, sizes)) {
            sum = sum.plus(cost);
        }
        return tower.normalize() ? sum.plus(normalize(TowerShapes.outputDim(tower))) : sum;
    }
}
