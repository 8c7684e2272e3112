package io.towerlab.core.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks that involve more than one field of a spec whose fields are each valid: tower sizes, where a
 * history input may go, which options belong to which loss, metric cut-offs, split fractions.
 *
 * <p>Decisions: {@code negatives} must be written out for softmax, PairCE and triplet (the sampler matters
 * too much to be implicit) and is ignored, without complaint, for FPS. {@code loss.symmetric},
 * {@code loss.logQ} and {@code loss.maskAccidentalHits} exist only for FPS: {@code true} with another loss is
 * an error, since a person who sets it expects it to act. {@code loss.margin} is harmless elsewhere and is
 * ignored. {@code normalize} with cosine similarity is allowed (normalising twice changes nothing).
 */
final class SpecValidator {

    private final HyperparameterRegistry registry;

    SpecValidator(HyperparameterRegistry registry) {
        this.registry = registry;
    }

    List<SpecProblem> validate(ExperimentSpec spec, boolean negativesWritten) {
        List<SpecProblem> problems = new ArrayList<>();
        towers(spec, problems);
        lossOptions(spec, negativesWritten, problems);
        temperature(spec.similarity(), problems);
        evaluation(spec, problems);
        split(spec.data().split(), problems);
        devices(spec, problems);
        return problems;
    }

    /**
     * {@code training.devices}: at least two, all GPUs (each once) or all {@code cpu}; agreeing with
     * {@code training.device}; no more than a batch has pairs; no pretrained encoder, whose TorchScript
     * module keeps its weights on one device.
     */
    private static void devices(ExperimentSpec spec, List<SpecProblem> problems) {
        TrainingSpec training = spec.training();
        List<String> devices = training.devices();
        if (devices.isEmpty()) {
            return;
        }
        if (devices.size() == 1) {
            problems.add(new SpecProblem("training.devices", "lists one device: set training.device to \""
                    + devices.get(0) + "\" instead, or list at least two devices to split each step over"));
            return;
        }
        boolean cpu = devices.get(0).equals("cpu");
        for (int i = 1; i < devices.size(); i++) {
            String at = "training.devices[" + i + "]";
            if (devices.get(i).equals("cpu") != cpu) {
                problems.add(new SpecProblem(at, "mixes the CPU and GPUs: list GPUs only (the CPU would hold"
                        + " every step back), or \"cpu\" several times to try the split step on the one CPU"));
            } else if (!cpu && devices.subList(0, i).contains(devices.get(i))) {
                problems.add(new SpecProblem(at, "repeats " + devices.get(i) + ": list each GPU once (only \"cpu\""
                        + " may repeat, to try the split step on the one CPU)"));
            }
        }
        String device = training.device().equals("gpu") ? "gpu:0" : training.device();
        if (!device.equals("auto") && !device.equals(devices.get(0))) {
            problems.add(new SpecProblem("training.device", "is \"" + training.device() + "\" but training.devices"
                    + " starts with \"" + devices.get(0) + "\", the device that keeps the weights: set training.device"
                    + " to \"auto\" or to \"" + devices.get(0) + "\""));
        }
        if (training.batchSize() < devices.size()) {
            problems.add(new SpecProblem("training.batchSize", "must be at least the " + devices.size()
                    + " devices of training.devices, which each take a share of a batch"));
        }
        pretrainedOnOneDevice("queryTower", spec.queryTower(), problems);
        pretrainedOnOneDevice("docTower", spec.docTower(), problems);
    }

    private static void pretrainedOnOneDevice(String tower, TowerSpec spec, List<SpecProblem> problems) {
        for (int i = 0; i < spec.inputs().size(); i++) {
            if (spec.inputs().get(i) instanceof PretrainedEncoderSpec) {
                problems.add(new SpecProblem(tower + ".inputs[" + i + "]", "a pretrained encoder cannot be split"
                        + " over training.devices: its TorchScript module keeps its weights on one device; train"
                        + " it on one device (remove training.devices)"));
            }
        }
    }

    private static void towers(ExperimentSpec spec, List<SpecProblem> problems) {
        inputs("queryTower", spec.queryTower(), problems);
        inputs("docTower", spec.docTower(), problems);
        for (int i = 0; i < spec.docTower().inputs().size(); i++) {
            if (spec.docTower().inputs().get(i) instanceof HistoryEncoderSpec) {
                problems.add(new SpecProblem("docTower.inputs[" + i + "]", "a history input belongs in the query "
                        + "tower: it is the documents the query clicked before; move it to queryTower.inputs"));
            }
        }
        List<EncoderSpec> queryInputs = spec.queryTower().inputs();
        for (int i = 0; i < queryInputs.size(); i++) {
            if (queryInputs.get(i) instanceof HistoryEncoderSpec history && history.shareDocumentTable()) {
                sharedTable("queryTower.inputs[" + i + "]", history, spec.docTower(), problems);
            }
        }
        int queryDim = TowerShapes.outputDim(spec.queryTower());
        int docDim = TowerShapes.outputDim(spec.docTower());
        if (queryDim != docDim) {
            problems.add(new SpecProblem("", "the two towers end in " + queryDim + " and " + docDim
                    + " dimensions: a dot product needs equal sizes; make the last dense layers' units"
                    + " (or the input sizes of a tower without dense layers) match"));
        }
    }

    private static void inputs(String tower, TowerSpec spec, List<SpecProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < spec.inputs().size(); i++) {
            EncoderSpec input = spec.inputs().get(i);
            String identity = input.type();
            if (input instanceof CategoricalEncoderSpec categorical) {
                identity += ":" + categorical.column();
            } else if (input instanceof NumericEncoderSpec numeric) {
                identity += ":" + numeric.column();
            } else if (input instanceof TextEncoderSpec text) {
                identity += ":" + text.column();
            }
            if (input instanceof TransformerEncoderSpec t && t.dim() % t.heads() != 0) {
                problems.add(new SpecProblem(tower + ".inputs[" + i + "].heads", "the hidden size " + t.dim()
                        + " must divide by the number of heads " + t.heads() + "; e.g. dim " + (t.dim() / t.heads() + 1)
                        * t.heads() + " or heads " + largestDivisor(t.dim(), t.heads())));
            }
            if (!seen.add(identity)) {
                problems.add(new SpecProblem(tower + ".inputs[" + i + "]", "repeats an earlier input ("
                        + identity.replace(":", " column ") + "); a tower takes each input once"));
            }
        }
    }

    private static int largestDivisor(int dim, int atMost) {
        for (int h = atMost; h > 1; h--) {
            if (dim % h == 0) {
                return h;
            }
        }
        return 1;
    }

    private static void sharedTable(String at, HistoryEncoderSpec history, TowerSpec docTower,
                                    List<SpecProblem> problems) {
        var docId = docTower.inputs().stream().filter(IdEncoderSpec.class::isInstance)
                .map(IdEncoderSpec.class::cast).findFirst();
        if (docId.isEmpty()) {
            problems.add(new SpecProblem(at + ".shareDocumentTable", "the document tower has no id input whose "
                    + "table could be shared; add {\"type\": \"id\"} to docTower.inputs or set this to false"));
        } else if (docId.get().dim() != history.dim()) {
            problems.add(new SpecProblem(at + ".dim", "must equal the document id embedding's dim ("
                    + docId.get().dim() + ") because shareDocumentTable is true"));
        }
    }

    private void lossOptions(ExperimentSpec spec, boolean negativesWritten, List<SpecProblem> problems) {
        LossSpec loss = spec.loss();
        String lossName = "\"" + loss.type().jsonName() + "\"";
        if (loss.type() != LossType.FPS) {
            if (!negativesWritten) {
                problems.add(new SpecProblem("negatives", "is required when loss.type is " + lossName
                        + ": add e.g. {\"sampler\": \"" + registry.get("negatives.sampler").defaultValue()
                        + "\", \"count\": " + registry.get("negatives.count").defaultValue() + "}"));
            }
            fpsOnly("symmetric", loss.symmetric(), lossName, problems);
            fpsOnly("logQ", loss.logQ(), lossName, problems);
            fpsOnly("maskAccidentalHits", loss.maskAccidentalHits(), lossName, problems);
            negatives(spec.negatives(), spec.training().batchSize(), problems);
        } else if (spec.training().batchSize() < 2) {
            problems.add(new SpecProblem("training.batchSize", "must be at least 2 for loss \"fps\": the other "
                    + "pairs of a batch are the negatives"));
        }
    }

    private static void fpsOnly(String option, boolean value, String lossName, List<SpecProblem> problems) {
        if (value) {
            problems.add(new SpecProblem("loss." + option, "applies only to loss.type \"fps\", not " + lossName
                    + "; remove it or set it to false"));
        }
    }

    private static void negatives(NegativesSpec negatives, int batchSize, List<SpecProblem> problems) {
        if (negatives.sampler() == SamplerType.INBATCH && negatives.count() > batchSize - 1) {
            problems.add(new SpecProblem("negatives.count", "the inbatch sampler draws from the other "
                    + (batchSize - 1) + " pairs of a batch; use at most " + (batchSize - 1)
                    + " negatives or a larger training.batchSize"));
        }
        if (negatives.sampler() == SamplerType.HARD && negatives.hardPoolSize() < negatives.count()) {
            problems.add(new SpecProblem("negatives.hardPoolSize", "must be at least negatives.count ("
                    + negatives.count() + "), the number of negatives drawn from the pool"));
        }
    }

    private static void temperature(SimilaritySpec similarity, List<SpecProblem> problems) {
        double scale = 1.0 / similarity.temperature();
        if (similarity.learnTemperature() && scale > similarity.maxLogitScale()) {
            problems.add(new SpecProblem("similarity.temperature", "1/τ = " + Hyperparameter.number(scale)
                    + " is above similarity.maxLogitScale (" + Hyperparameter.number(similarity.maxLogitScale())
                    + "), so the learned scale would start beyond its cap; use τ >= "
                    + Hyperparameter.number(1.0 / similarity.maxLogitScale()) + " or raise maxLogitScale"));
        }
    }

    private static void evaluation(ExperimentSpec spec, List<SpecProblem> problems) {
        List<Integer> ks = spec.evaluation().ks();
        if (ks.isEmpty()) {
            problems.add(new SpecProblem("evaluation.ks", "must list at least one cut-off k, e.g. [10, 50, 100]"));
        }
        for (int i = 1; i < ks.size(); i++) {
            if (ks.get(i) <= ks.get(i - 1)) {
                problems.add(new SpecProblem("evaluation.ks", "must be in increasing order without repeats, e.g. "
                        + "[10, 50, 100]; got " + ks));
                break;
            }
        }
        metricCutOff("evaluation.metric", spec.evaluation().metric(), ks, problems);
        if (spec.training().earlyStopping() != null) {
            metricCutOff("training.earlyStopping.metric", spec.training().earlyStopping().metric(), ks, problems);
        }
    }

    private static void metricCutOff(String at, String metric, List<Integer> ks, List<SpecProblem> problems) {
        MetricName.parse(metric).flatMap(m -> m.k().isPresent() ? Optional.of(m.k().getAsInt()) : Optional.empty())
                .filter(k -> !ks.contains(k)).ifPresent(k -> problems.add(
                new SpecProblem(at, metric + " is measured only when " + k + " is in evaluation.ks " + ks
                        + "; add it there or pick another k")));
    }

    private static void split(SplitSpec split, List<SpecProblem> problems) {
        if (split.validFraction() + split.testFraction() >= 1) {
            problems.add(new SpecProblem("data.split", "validFraction + testFraction must be below 1, got "
                    + Hyperparameter.number(split.validFraction()) + " + "
                    + Hyperparameter.number(split.testFraction())));
        }
        if ((split.validFrom() == null) != (split.testFrom() == null)) {
            problems.add(new SpecProblem("data.split", "give both validFrom and testFrom for an explicit temporal "
                    + "cut, or neither"));
        } else if (split.validFrom() != null && split.validFrom() > split.testFrom()) {
            problems.add(new SpecProblem("data.split.validFrom", "must not be after testFrom (" + split.testFrom()
                    + ")"));
        }
    }
}
