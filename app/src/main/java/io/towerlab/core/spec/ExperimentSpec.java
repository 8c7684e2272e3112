package io.towerlab.core.spec;

import java.util.Objects;

/**
 * One experiment, as written in a spec file: the data and its split, a query tower and a document tower,
 * how their outputs are compared, the ranking loss and its negatives, the optimizer, the training loop
 * and the evaluation. Read with {@link SpecReader} (which fills defaults from the
 * {@link HyperparameterRegistry} and validates), written with {@link SpecWriter}.
 *
 * @param negatives the negative sampler of the softmax, PairCE and triplet losses; FPS ignores it (its
 *                  negatives are the batch's other documents), and for FPS an absent section holds the
 *                  registry's defaults
 * @param init      the parent run whose weights initialise this one (fine-tuning), or null
 */
public record ExperimentSpec(String name, String description, DataSpec data, TowerSpec queryTower,
                             TowerSpec docTower, SimilaritySpec similarity, LossSpec loss, NegativesSpec negatives,
                             OptimizerSpec optimizer, TrainingSpec training, EvaluationSpec evaluation,
                             InitSpec init) {

    /** A spec that starts from fresh weights. */
    public ExperimentSpec(String name, String description, DataSpec data, TowerSpec queryTower, TowerSpec docTower,
                          SimilaritySpec similarity, LossSpec loss, NegativesSpec negatives, OptimizerSpec optimizer,
                          TrainingSpec training, EvaluationSpec evaluation) {
        this(name, description, data, queryTower, docTower, similarity, loss, negatives, optimizer, training,
                evaluation, null);
    }

    public ExperimentSpec {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(queryTower, "queryTower");
        Objects.requireNonNull(docTower, "docTower");
        Objects.requireNonNull(similarity, "similarity");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(negatives, "negatives");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(evaluation, "evaluation");
    }
}
