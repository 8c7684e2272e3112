package io.towerlab.core.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds of tower input the spec knows, by JSON {@code "type"}: their keys and how each is read. This is
 * the seam where the text encoders ({@code trigram}, {@code tokens}, {@code transformer}, {@code pretrained})
 * will be added: one {@link Kind} each, next to a record in {@link EncoderSpec}'s permits list.
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
                            f.choice("pooling", Pooling.class), f.bool("shareDocumentTable"))));

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
