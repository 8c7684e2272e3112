package io.towerlab.core.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes the keys of the text inputs, in the order {@link EncoderKinds} lists them. */
final class TextSpecs {

    private TextSpecs() {
    }

    static void write(TextEncoderSpec text, ObjectNode node) {
        node.put("column", text.column());
        if (text instanceof TrigramEncoderSpec t) {
            node.put("buckets", t.buckets()).put("dim", t.dim()).put("wordBigrams", t.wordBigrams());
        } else if (text instanceof TokensEncoderSpec t) {
            node.put("dim", t.dim()).put("maxVocabulary", t.maxVocabulary()).put("minCount", t.minCount())
                    .put("maxLength", t.maxLength());
        } else if (text instanceof TransformerEncoderSpec t) {
            node.put("dim", t.dim()).put("layers", t.layers()).put("heads", t.heads())
                    .put("maxLength", t.maxLength()).put("pooling", t.pooling().jsonName())
                    .put("maxVocabulary", t.maxVocabulary()).put("minCount", t.minCount());
        } else if (text instanceof PretrainedEncoderSpec t) {
            node.put("path", t.path()).put("dim", t.dim()).put("freeze", t.freeze()).put("maxLength", t.maxLength());
        }
    }
}
