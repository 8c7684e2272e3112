package io.towerlab.core.train;

import io.towerlab.core.model.EmbeddingTable;
import io.towerlab.core.model.EncoderInput;
import java.util.List;
import java.util.Map;

/**
 * One device's share of a data-parallel batch: a contiguous slice of the batch's queries and one of its
 * distinct documents (shards in order, so their outputs concatenate to the whole batch's), with their
 * encoder inputs prepared against the shard's own rows.
 *
 * @param rowsInBatch per table, for each of the shard's local rows, its position in the batch's rows
 *                    ({@link BatchPlan#rowIds()}), which hold the master copy and collect the gradient
 */
public record PlanShard(List<EncoderInput> queryInputs, List<EncoderInput> documentInputs,
                        Map<EmbeddingTable, long[]> rowsInBatch) {
}
