package io.towerlab.core.spec;

/**
 * What one block of a tower costs: its trainable parameters and the floating-point operations it needs to
 * encode one entity (one request, for the query tower).
 *
 * @param parameters the trainable parameters, or -1 when they depend on something not known yet (a dataset's
 *                   table sizes, a pretrained model's files)
 * @param atMost     the parameter count is an upper bound (a word vocabulary of at most {@code maxVocabulary})
 * @param flops      floating-point operations per entity (a multiply-add counts as two), or -1 when unknown
 */
public record BlockCost(long parameters, boolean atMost, long flops) {

    public static final BlockCost FREE = new BlockCost(0, false, 0);

    public boolean knownParameters() {
        return parameters >= 0;
    }

    /** The sum of two costs; unknown if either is. */
    public BlockCost plus(BlockCost other) {
        return new BlockCost(parameters < 0 || other.parameters < 0 ? -1 : parameters + other.parameters,
                atMost || other.atMost, flops < 0 || other.flops < 0 ? -1 : flops + other.flops);
    }
}
