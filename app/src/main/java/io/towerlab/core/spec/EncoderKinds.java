package io.towerlab.core.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds of tower input the spec knows, by JSON {@code "type"}: their keys and how each is read. This is
 * the seam where a new kind is added: one {@link Kind} each, next to a record in {@link EncoderSpec}'s permits
 * list. The text kinds ({@code trigram}, {@code tokens}, {@code transformer}, {@code pretrained}) read a
 * {@code column} of text.
 */
final class EncoderKinds {

    /** One kind: its type name, the keys its JSON object may hold, and its reader. */
    record Kind(String type, List<String> keys, Function<NodeFields, EncoderSpec> reader) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(IdEncoderSpec.TYPE, List.of("type", "dim"),
                    f -> new IdEncoderSpec(f.integer("dim"))),
            new Kind(CategoricalEncoderSpec.TYPE, List.of("type", "column", "dim"),
                    f -> new CategoricalEncoderSpec(f.requiredText("column"), f.integer("dim"))),
            new Kind(NumericEncoderSpec.TYPE, List.of("type", "column"),
                    f -> new NumericEncoderSpec(f.requiredText("column"))),
            new Kind(HistoryEncoderSpec.TYPE, List.of("type", "dim", "maxLength", "pooling", "shareDocumentTable"),
                    f -> new HistoryEncoderSpec(f.integer("dim"), f.integer("maxLength"),
                            f.choice("pooling", Pooling.class), f.bool("shareDocumentTable"))),
            new Kind(TrigramEncoderSpec.TYPE, List.of("type", "column", "buckets", "dim", "wordBigrams"),
                    f -> new TrigramEncoderSpec(f.requiredText("column"), f.integer("buckets"), f.integer("dim"),
                            f.bool("wordBigrams"))),
            new Kind(TokensEncoderSpec.TYPE, List.of("type", "column", "dim", "maxVocabulary", "minCount", "maxLength"),
                    f -> new TokensEncoderSpec(f.requiredText("column"), f.integer("dim"), f.integer("maxVocabulary"),
                            f.integer("minCount"), f.integer("maxLength"))),
            new Kind(TransformerEncoderSpec.TYPE, List.of("type", "column", "dim", "layers", "heads", "maxLength",
                    "pooling", "maxVocabulary", "minCount"),
                    f -> new TransformerEncoderSpec(f.requiredText("column"), f.integer("dim"), f.integer("layers"),
                            f.integer("heads"), f.integer("maxLength"), f.choice("pooling", TextPooling.class),
                            f.integer("maxVocabulary"), f.integer("minCount"))),
            new Kind(PretrainedEncoderSpec.TYPE, List.of("type", "column", "path", "dim", "freeze", "maxLength"),
                    f -> new PretrainedEncoderSpec(f.requiredText("column"), f.requiredText("path"), f.integer("dim"),
                            f.bool("freeze"), f.integer("maxLength"))));

    private static final Map<String, Kind> BY_TYPE =
            Map.copyOf(KINDS.stream().collect(Collectors.toMap(Kind::type, k -> k)));

    private EncoderKinds() {
    }

    static List<String> types() {
        return KINDS.stream().map(Kind::type).toList();
    }

    static Optional<Kind> find(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
