package io.towerlab.core.train;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.spec.EncoderSpec;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.LossType;
import io.towerlab.core.spec.TowerSpec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What a run folder records about its experiment: provenance, and the key hyperparameters of its summary. */
final class RunDescription {
    private RunDescription() {
    }

    static Map<String, Object> provenance(ExperimentSpec spec, ExperimentData.Loaded data, Map<String, Object> parent) {
        ClickDataset dataset = data.dataset();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("dataset", Map.of(
                "path", data.path().toAbsolutePath().toString(),
                "format", dataset.source().format().name(),
                "sha256", String.valueOf(dataset.source().sha256()),
                "queries", dataset.queryCount(),
                "documents", dataset.documentCount(),
                "interactions", dataset.interactionCount()));
        p.put("split", Map.of("rule", data.split().rule(), "train", data.split().train().length,
                "valid", data.split().valid().length, "test", data.split().test().length));
        p.put("seed", spec.training().seed());
        p.put("device", spec.training().device());
        if (spec.training().dataParallel()) {
            p.put("devices", spec.training().devices());
        }
        p.put("threads", EngineSetup.threadsFor(spec.training().threads()));
        p.put("versions", Versions.all());
        p.put("startTime", Instant.now().toString());
        if (parent != null) {
            p.put("parent", parent);
        }
        return p;
    }

    /** The hyperparameters a run list shows, by spec path. */
    static Map<String, Object> keyHyperparameters(ExperimentSpec spec) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("loss.type", spec.loss().type().name().toLowerCase(java.util.Locale.ROOT));
        if (spec.loss().type() != LossType.FPS) {
            h.put("negatives.sampler", spec.negatives().sampler().name().toLowerCase(java.util.Locale.ROOT));
            h.put("negatives.count", spec.negatives().count());
        } else {
            h.put("loss.logQ", spec.loss().logQ());
        }
        h.put("similarity.type", spec.similarity().type().name().toLowerCase(java.util.Locale.ROOT));
        h.put("similarity.temperature", spec.similarity().temperature());
        h.put("optimizer.type", spec.optimizer().type().name().toLowerCase(java.util.Locale.ROOT));
        h.put("optimizer.lr", spec.optimizer().lr());
        h.put("training.epochs", spec.training().epochs());
        h.put("training.batchSize", spec.training().batchSize());
        h.put("training.seed", spec.training().seed());
        h.put("queryTower", inputs(spec.queryTower()));
        h.put("docTower", inputs(spec.docTower()));
        return h;
    }

    private static String inputs(TowerSpec tower) {
        return tower.inputs().stream().map(EncoderSpec::type).collect(Collectors.joining("+"))
                + (tower.layers().isEmpty() ? "" : " +" + tower.layers().size() + " layers");
    }
}
