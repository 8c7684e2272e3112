package io.towerlab.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Turns a parsed spec tree into an {@link ExperimentSpec}, section by section, filling defaults and recording
 * every field-level problem in the given list.
 */
final class SpecTreeReader {

    private final HyperparameterRegistry registry;

    SpecTreeReader(HyperparameterRegistry registry) {
        this.registry = registry;
    }

    ExperimentSpec read(JsonNode tree, List<SpecProblem> problems) {
        NodeFields root = new NodeFields(tree, "", "", registry, problems);
        return new ExperimentSpec(
                root.requiredText("name"),
                root.optionalText("description", ""),
                data(root),
                TowerReader.read(root, "queryTower"),
                TowerReader.read(root, "docTower"),
                similarity(root.child("similarity")),
                loss(root.child("loss")),
                negatives(root.child("negatives")),
                optimizer(root.child("optimizer")),
                training(root.child("training")),
                evaluation(root.child("evaluation")),
                root.has("init") ? init(root.child("init")) : null);
    }

    private static InitSpec init(NodeFields f) {
        String run = f.requiredText("run");
        List<String> towers = f.choiceList("towers");
        List<String> freeze = f.choiceList("freeze");
        if (towers != null && freeze != null) {
            for (String tower : freeze) {
                if (!towers.contains(tower)) {
                    f.problem(f.path("freeze"), "freezes the " + tower + " tower, which init.towers does not copy "
                            + towers + "; add it to init.towers or leave it out of init.freeze");
                }
            }
        }
        return new InitSpec(run, towers, freeze);
    }

    private static DataSpec data(NodeFields root) {
        if (!root.has("data")) {
            root.problem("data", "is required: at least {\"path\": \"...\"}, the click log's file or folder");
            return new DataSpec("", DataFormat.AUTO, null, split(root.child("data").child("split")));
        }
        NodeFields data = root.child("data");
        if (!data.isObject()) {
            return new DataSpec("", DataFormat.AUTO, null, split(data.child("split")));
        }
        return new DataSpec(data.requiredText("path"), data.choice("format", DataFormat.class),
                data.optionalNumber("minRelevance"), split(data.child("split")));
    }

    private static SplitSpec split(NodeFields f) {
        return new SplitSpec(f.choice("type", SplitType.class), f.number("validFraction"), f.number("testFraction"),
                f.integer("minInteractions"), f.longInteger("seed"), f.optionalLong("validFrom"),
                f.optionalLong("testFrom"));
    }

    private static SimilaritySpec similarity(NodeFields f) {
        return new SimilaritySpec(f.choice("type", SimilarityType.class), f.number("temperature"),
                f.bool("learnTemperature"), f.number("maxLogitScale"));
    }

    private static LossSpec loss(NodeFields f) {
        return new LossSpec(f.choice("type", LossType.class), f.number("margin"), f.bool("symmetric"),
                f.bool("logQ"), f.bool("maskAccidentalHits"));
    }

    private static NegativesSpec negatives(NodeFields f) {
        return new NegativesSpec(f.choice("sampler", SamplerType.class), f.integer("count"), f.number("alpha"),
                f.integer("hardPoolSize"), f.number("hardMix"));
    }

    private static OptimizerSpec optimizer(NodeFields f) {
        return new OptimizerSpec(f.choice("type", OptimizerType.class), f.number("lr"), f.number("weightDecay"),
                f.number("clipGradNorm"), f.number("momentum"));
    }

    private static TrainingSpec training(NodeFields f) {
        EarlyStoppingSpec earlyStopping = null;
        if (f.has("earlyStopping")) {
            NodeFields stop = f.child("earlyStopping");
            earlyStopping = new EarlyStoppingSpec(stop.choiceText("metric"), stop.integer("patience"));
        }
        return new TrainingSpec(f.integer("epochs"), f.integer("batchSize"), f.longInteger("seed"),
                f.choiceText("device"), f.choiceList("devices", true), f.integer("threads"), earlyStopping);
    }

    private static EvaluationSpec evaluation(NodeFields f) {
        return new EvaluationSpec(f.integerList("ks"), f.integer("validEvery"), f.choiceText("metric"));
    }
}
