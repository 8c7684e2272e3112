package io.towerlab.ui.compose;

import java.util.List;

/**
 * One block as the canvas draws it: what it is, its main settings, the tensor shape it outputs, its
 * parameters, and the problems found at its JSON path.
 *
 * @param kind       the palette kind, or null for the junction and head nodes
 * @param shape      the output shape, e.g. {@code [B, 128]}, or empty
 * @param parameters its parameter count for people, e.g. {@code 9.0 M params}, or empty
 */
public record CanvasBlock(BlockRef ref, BlockKind kind, String title, String detail, String shape,
                          String parameters, List<String> problems) {

    public CanvasBlock {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
