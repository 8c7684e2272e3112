package io.towerlab.ui.compose;

import java.util.List;

/**
 * Everything the canvas shows for one state of the spec: each tower's blocks from inputs to output (with the
 * concatenation junction between them), the head's nodes, per-tower totals, the query tower's cost per
 * request, and the problems that belong to no block.
 *
 * @param queryCost the query tower's estimated operations per request, for people
 */
public record Canvas(List<CanvasBlock> query, List<CanvasBlock> doc, List<CanvasBlock> head, String queryTotal,
                     String docTotal, String queryCost, List<String> otherProblems) {

    public Canvas {
        query = List.copyOf(query);
        doc = List.copyOf(doc);
        head = List.copyOf(head);
        otherProblems = List.copyOf(otherProblems);
    }

    public List<CanvasBlock> tower(String tower) {
        return BlockRef.QUERY.equals(tower) ? query : doc;
    }
}
