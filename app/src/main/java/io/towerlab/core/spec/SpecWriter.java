package io.towerlab.core.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an experiment spec as pretty JSON with every value explicit (defaults included, so a saved run's
 * spec does not change meaning when a default does). Keys come in {@link SpecSchema}'s order; null values
 * (no click threshold, no early stopping) are left out. Reading the output gives back an equal spec.
 */
public final class SpecWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final ObjectMapper mapper = JsonMapper.builder().build();

    public String write(ExperimentSpec spec) {
        return pretty(toTree(spec));
    }

    /** Any spec tree (also one that is not valid yet) in the layout of spec files, with a final line break. */
    public String pretty(com.fasterxml.jackson.databind.JsonNode tree) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        try {
            return mapper.writer(printer).writeValueAsString(tree) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a spec tree is always serialisable", e);
        }
    }

    public void write(ExperimentSpec spec, Path file) {
        try {
            Files.writeString(file, write(spec), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the spec to " + file, e);
        }
    }

    public ObjectNode toTree(ExperimentSpec spec) {
        ObjectNode root = JSON.objectNode();
        root.put("name", spec.name());
        root.put("description", spec.description());
        root.set("data", data(spec.data()));
        root.set("queryTower", tower(spec.queryTower()));
        root.set("docTower", tower(spec.docTower()));
        SimilaritySpec similarity = spec.similarity();
        root.putObject("similarity").put("type", similarity.type().jsonName())
                .put("temperature", similarity.temperature()).put("learnTemperature", similarity.learnTemperature())
                .put("maxLogitScale", similarity.maxLogitScale());
        LossSpec loss = spec.loss();
        root.putObject("loss").put("type", loss.type().jsonName()).put("margin", loss.margin())
                .put("symmetric", loss.symmetric()).put("logQ", loss.logQ())
                .put("maskAccidentalHits", loss.maskAccidentalHits());
        NegativesSpec negatives = spec.negatives();
        root.putObject("negatives").put("sampler", negatives.sampler().jsonName()).put("count", negatives.count())
                .put("alpha", negatives.alpha()).put("hardPoolSize", negatives.hardPoolSize())
                .put("hardMix", negatives.hardMix());
        OptimizerSpec optimizer = spec.optimizer();
        root.putObject("optimizer").put("type", optimizer.type().jsonName()).put("lr", optimizer.lr())
                .put("weightDecay", optimizer.weightDecay()).put("clipGradNorm", optimizer.clipGradNorm())
                .put("momentum", optimizer.momentum());
        root.set("training", training(spec.training()));
        EvaluationSpec evaluation = spec.evaluation();
        ObjectNode evaluationNode = root.putObject("evaluation");
        ArrayNode ks = evaluationNode.putArray("ks");
        evaluation.ks().forEach(ks::add);
        evaluationNode.put("validEvery", evaluation.validEvery()).put("metric", evaluation.metric());
        if (spec.init() != null) {
            ObjectNode init = root.putObject("init").put("run", spec.init().run());
            spec.init().towers().forEach(init.putArray("towers")::add);
            spec.init().freeze().forEach(init.putArray("freeze")::add);
        }
        return root;
    }

    private static ObjectNode data(DataSpec data) {
        ObjectNode node = JSON.objectNode().put("path", data.path()).put("format", data.format().jsonName());
        if (data.minRelevance() != null) {
            node.put("minRelevance", data.minRelevance());
        }
        SplitSpec split = data.split();
        ObjectNode splitNode = node.putObject("split").put("type", split.type().jsonName())
                .put("validFraction", split.validFraction()).put("testFraction", split.testFraction())
                .put("minInteractions", split.minInteractions()).put("seed", split.seed());
        if (split.validFrom() != null) {
            splitNode.put("validFrom", split.validFrom());
        }
        if (split.testFrom() != null) {
            splitNode.put("testFrom", split.testFrom());
        }
        return node;
    }

    private static ObjectNode tower(TowerSpec tower) {
        ObjectNode node = JSON.objectNode();
        ArrayNode inputs = node.putArray("inputs");
        tower.inputs().forEach(input -> inputs.add(encoder(input)));
        ArrayNode layers = node.putArray("layers");
        tower.layers().forEach(layer -> layers.add(layer(layer)));
        node.put("normalize", tower.normalize());
        return node;
    }

    private static ObjectNode encoder(EncoderSpec input) {
        ObjectNode node = JSON.objectNode().put("type", input.type());
        if (input instanceof IdEncoderSpec id) {
            node.put("dim", id.dim());
        } else if (input instanceof CategoricalEncoderSpec categorical) {
            node.put("column", categorical.column()).put("dim", categorical.dim());
        } else if (input instanceof NumericEncoderSpec numeric) {
            node.put("column", numeric.column());
        } else if (input instanceof HistoryEncoderSpec history) {
            node.put("dim", history.dim()).put("maxLength", history.maxLength())
                    .put("pooling", history.pooling().jsonName())
                    .put("shareDocumentTable", history.shareDocumentTable());
        } else if (input instanceof TextEncoderSpec text) {
            TextSpecs.write(text, node);
        }
        return node;
    }

    private static ObjectNode layer(LayerSpec layer) {
        ObjectNode node = JSON.objectNode().put("type", layer.type());
        if (layer instanceof DenseLayerSpec dense) {
            node.put("units", dense.units()).put("activation", dense.activation().jsonName());
        } else if (layer instanceof DropoutLayerSpec dropout) {
            node.put("rate", dropout.rate());
        }
        return node;
    }

    private static ObjectNode training(TrainingSpec training) {
        ObjectNode node = JSON.objectNode().put("epochs", training.epochs()).put("batchSize", training.batchSize())
                .put("seed", training.seed()).put("device", training.device());
        if (!training.devices().isEmpty()) {
            training.devices().forEach(node.putArray("devices")::add);
        }
        node.put("threads", training.threads());
        if (training.earlyStopping() != null) {
            node.putObject("earlyStopping").put("metric", training.earlyStopping().metric())
                    .put("patience", training.earlyStopping().patience());
        }
        return node;
    }
}
