package io.towerlab.ui.compose;

import io.towerlab.core.spec.BlockCost;
import io.towerlab.core.spec.CategoricalEncoderSpec;
import io.towerlab.core.spec.DenseLayerSpec;
import io.towerlab.core.spec.DropoutLayerSpec;
import io.towerlab.core.spec.EncoderSpec;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.HistoryEncoderSpec;
import io.towerlab.core.spec.Hyperparameter;
import io.towerlab.core.spec.IdEncoderSpec;
import io.towerlab.core.spec.InitSpec;
import io.towerlab.core.spec.LayerSpec;
import io.towerlab.core.spec.LossSpec;
import io.towerlab.core.spec.LossType;
import io.towerlab.core.spec.NumericEncoderSpec;
import io.towerlab.core.spec.PretrainedEncoderSpec;
import io.towerlab.core.spec.SimilaritySpec;
import io.towerlab.core.spec.TokensEncoderSpec;
import io.towerlab.core.spec.TowerShapes;
import io.towerlab.core.spec.TowerSpec;
import io.towerlab.core.spec.TransformerEncoderSpec;
import io.towerlab.core.spec.TrigramEncoderSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The short texts the canvas shows on blocks: main settings, parameter counts, costs. */
final class BlockText {

    private BlockText() {
    }

    static String input(EncoderSpec input) {
        if (input instanceof IdEncoderSpec id) {
            return "one row per entity · dim " + id.dim();
        }
        if (input instanceof CategoricalEncoderSpec c) {
            return column(c.column()) + " · dim " + c.dim();
        }
        if (input instanceof NumericEncoderSpec n) {
            return column(n.column()) + " · standardised";
        }
        if (input instanceof HistoryEncoderSpec h) {
            return h.pooling().jsonName() + " of last " + h.maxLength() + " · dim " + h.dim()
                    + (h.shareDocumentTable() ? " · shared ids" : "");
        }
        if (input instanceof TrigramEncoderSpec t) {
            return column(t.column()) + " · " + count(t.buckets()) + " buckets → " + t.dim()
                    + (t.wordBigrams() ? " · bigrams" : "");
        }
        if (input instanceof TokensEncoderSpec t) {
            return column(t.column()) + " · " + count(t.maxVocabulary()) + " words → " + t.dim();
        }
        if (input instanceof TransformerEncoderSpec t) {
            return column(t.column()) + " · " + t.layers() + " × " + t.heads() + " heads · " + t.dim();
        }
        PretrainedEncoderSpec p = (PretrainedEncoderSpec) input;
        return column(p.column()) + " · → " + p.dim() + (p.freeze() ? " · frozen" : "");
    }

    private static String column(String column) {
        return column.isEmpty() ? "no column" : column;
    }

    static String layer(LayerSpec layer) {
        if (layer instanceof DenseLayerSpec d) {
            return d.units() + " units · " + d.activation().jsonName();
        }
        if (layer instanceof DropoutLayerSpec d) {
            return "rate " + Hyperparameter.number(d.rate());
        }
        return "learned gain and shift";
    }

    static String similarity(ExperimentSpec spec) {
        SimilaritySpec s = spec.similarity();
        return s.type().jsonName() + " · τ " + Hyperparameter.number(s.temperature())
                + (s.learnTemperature() ? " · learned" : "");
    }

    static String lossTitle(ExperimentSpec spec) {
        return "Loss: " + switch (spec.loss().type()) {
            case SOFTMAX -> "Softmax";
            case PAIRCE -> "PairCE";
            case TRIPLET -> "Triplet";
            case FPS -> "Full product softmax";
        };
    }

    static String loss(ExperimentSpec spec) {
        LossSpec loss = spec.loss();
        if (loss.type() == LossType.FPS) {
            List<String> options = new ArrayList<>(List.of("in-batch negatives"));
            if (loss.symmetric()) {
                options.add("symmetric");
            }
            if (loss.logQ()) {
                options.add("logQ");
            }
            if (loss.maskAccidentalHits()) {
                options.add("masked hits");
            }
            return String.join(" · ", options);
        }
        String text = "1 positive + " + spec.negatives().count() + " " + spec.negatives().sampler().jsonName()
                + " negatives";
        return loss.type() == LossType.TRIPLET ? text + " · margin " + Hyperparameter.number(loss.margin()) : text;
    }

    static String scoreShape(ExperimentSpec spec) {
        return spec.loss().type() == LossType.FPS ? "scores [B, B]" : "scores [B, " + (1 + spec.negatives().count()) + "]";
    }

    static String init(InitSpec init) {
        return "copies " + String.join(", ", init.towers()) + " · frozen: "
                + (init.freeze().isEmpty() ? "none" : String.join(", ", init.freeze()));
    }

    static String parameters(BlockCost cost) {
        if (!cost.knownParameters()) {
            return "params need data";
        }
        return (cost.atMost() ? "≤ " : "") + count(cost.parameters()) + " params";
    }

    static String total(TowerSpec tower, BlockCost cost) {
        return parameters(cost) + " · out " + CanvasBuilder.shape(TowerShapes.outputDim(tower));
    }

    static String flops(BlockCost cost) {
        return cost.flops() < 0 ? "cost per request: unknown (pretrained model)"
                : "≈ " + count(cost.flops()) + " FLOPs per request";
    }

    /** 950, 12.5 K, 9.1 M, 1.2 G. */
    static String count(long n) {
        if (n < 1_000) {
            return Long.toString(n);
        }
        String[] units = {" K", " M", " G", " T"};
        double value = n;
        int unit = -1;
        while (value >= 1_000 && unit < units.length - 1) {
            value /= 1_000;
            unit++;
        }
        return String.format(Locale.ROOT, value < 100 ? "%.1f%s" : "%.0f%s", value, units[unit]);
    }
}
