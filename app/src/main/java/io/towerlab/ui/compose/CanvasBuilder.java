package io.towerlab.ui.compose;

import com.fasterxml.jackson.databind.JsonNode;
import io.towerlab.core.spec.BlockCost;
import io.towerlab.core.spec.EncoderSpec;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.LayerSpec;
import io.towerlab.core.spec.SpecProblem;
import io.towerlab.core.spec.TableSizes;
import io.towerlab.core.spec.TowerCosts;
import io.towerlab.core.spec.TowerShapes;
import io.towerlab.core.spec.TowerSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives the {@link Canvas} from a spec tree and what the reader made of it: blocks in the tree's order (so
 * a block's index is its JSON index even where a block has an unknown type), live shapes from
 * {@link TowerShapes}, costs from {@link TowerCosts}, and each problem on the block at its JSON path.
 */
final class CanvasBuilder {
    private static final String TOWER_SIZES = "two towers end in";

    private CanvasBuilder() {
    }

    static Canvas build(JsonNode tree, ExperimentSpec spec, List<SpecProblem> problems, TableSizes sizes) {
        List<SpecProblem> unclaimed = new ArrayList<>(problems);
        List<CanvasBlock> query = tower(tree, BlockRef.QUERY, spec.queryTower(), sizes, unclaimed);
        List<CanvasBlock> doc = tower(tree, BlockRef.DOC, spec.docTower(), sizes, unclaimed);
        List<CanvasBlock> head = new ArrayList<>();
        head.add(block(BlockRef.head(BlockRef.Part.SIMILARITY), null, "Similarity", BlockText.similarity(spec),
                "", "", unclaimed));
        head.add(block(BlockRef.head(BlockRef.Part.LOSS), null, BlockText.lossTitle(spec), BlockText.loss(spec),
                BlockText.scoreShape(spec), "", unclaimed));
        if (spec.init() != null) {
            head.add(block(BlockRef.head(BlockRef.Part.INIT), null, "Fine-tune from " + spec.init().run(),
                    BlockText.init(spec.init()), "", "", unclaimed));
        }
        List<SpecProblem> sizeProblems = unclaimed.stream().filter(p -> p.message().contains(TOWER_SIZES)).toList();
        if (!sizeProblems.isEmpty()) {
            String message = sizeProblems.get(0).message();
            query = markLast(query, message);
            doc = markLast(doc, message);
            head.set(0, withProblem(head.get(0), message));
            unclaimed.removeAll(sizeProblems);
        }
        BlockCost queryCost = TowerCosts.total(spec.queryTower(), true, sizes);
        return new Canvas(query, doc, head, BlockText.total(spec.queryTower(), queryCost),
                BlockText.total(spec.docTower(), TowerCosts.total(spec.docTower(), false, sizes)),
                BlockText.flops(queryCost), unclaimed.stream().map(SpecProblem::toString).toList());
    }

    private static List<CanvasBlock> tower(JsonNode tree, String tower, TowerSpec spec, TableSizes sizes,
                                           List<SpecProblem> unclaimed) {
        boolean query = tower.equals(BlockRef.QUERY);
        List<CanvasBlock> blocks = new ArrayList<>();
        JsonNode inputs = tree.path(tower).path("inputs");
        int next = 0;
        for (int i = 0; i < inputs.size(); i++) {
            BlockRef ref = BlockRef.input(tower, i);
            BlockKind kind = BlockKind.of(BlockKind.Slot.INPUT, inputs.get(i).path("type").asText());
            if (kind == null || next >= spec.inputs().size()) {
                blocks.add(unknown(ref, inputs.get(i), unclaimed));
                continue;
            }
            EncoderSpec input = spec.inputs().get(next++);
            blocks.add(block(ref, kind, kind.title(), BlockText.input(input), shape(input.outputDim()),
                    BlockText.parameters(TowerCosts.input(input, query, sizes)), unclaimed));
        }
        int dim = TowerShapes.inputDim(spec);
        if (spec.inputs().size() > 1) {
            blocks.add(new CanvasBlock(new BlockRef(tower, BlockRef.Part.INPUTS, -1), null, "Concatenate",
                    spec.inputs().size() + " inputs", shape(dim), "", List.of()));
        }
        JsonNode layers = tree.path(tower).path("layers");
        next = 0;
        for (int i = 0; i < layers.size(); i++) {
            BlockRef ref = BlockRef.layer(tower, i);
            BlockKind kind = BlockKind.of(BlockKind.Slot.LAYER, layers.get(i).path("type").asText());
            if (kind == null || next >= spec.layers().size()) {
                blocks.add(unknown(ref, layers.get(i), unclaimed));
                continue;
            }
            LayerSpec layer = spec.layers().get(next++);
            BlockCost cost = TowerCosts.layer(layer, dim);
            dim = layer.outputDim().orElse(dim);
            blocks.add(block(ref, kind, kind.title(), BlockText.layer(layer), shape(dim),
                    BlockText.parameters(cost), unclaimed));
        }
        if (spec.normalize()) {
            blocks.add(block(BlockRef.normalize(tower), BlockKind.NORMALIZE, BlockKind.NORMALIZE.title(),
                    "unit length", shape(dim), "", unclaimed));
        }
        return blocks;
    }

    private static CanvasBlock unknown(BlockRef ref, JsonNode node, List<SpecProblem> unclaimed) {
        return block(ref, null, "Unknown block", node.path("type").asText("no type"), "", "", unclaimed);
    }

    private static CanvasBlock block(BlockRef ref, BlockKind kind, String title, String detail, String shape,
                                     String parameters, List<SpecProblem> unclaimed) {
        List<SpecProblem> own = unclaimed.stream().filter(p -> !p.path().isEmpty() && ref.owns(p.path())).toList();
        unclaimed.removeAll(own);
        List<String> messages = own.stream().map(p -> p.path().equals(ref.path()) ? p.message()
                : p.path().substring(p.path().lastIndexOf('.') + 1) + ": " + p.message()).toList();
        return new CanvasBlock(ref, kind, title, detail, shape, parameters, messages);
    }

    private static List<CanvasBlock> markLast(List<CanvasBlock> blocks, String message) {
        if (blocks.isEmpty()) {
            return blocks;
        }
        List<CanvasBlock> marked = new ArrayList<>(blocks);
        marked.set(marked.size() - 1, withProblem(marked.get(marked.size() - 1), message));
        return marked;
    }

    private static CanvasBlock withProblem(CanvasBlock block, String message) {
        List<String> problems = new ArrayList<>(block.problems());
        problems.add(message);
        return new CanvasBlock(block.ref(), block.kind(), block.title(), block.detail(), block.shape(),
                block.parameters(), problems);
    }

    static String shape(int dim) {
        return "[B, " + dim + "]";
    }
}
