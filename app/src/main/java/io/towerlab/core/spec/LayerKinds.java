package io.towerlab.core.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kinds of tower layer the spec knows, by JSON {@code "type"}: their keys and how each is read. */
final class LayerKinds {

    /** One kind: its type name, the keys its JSON object may hold, and its reader. */
    record Kind(String type, List<String> keys, Function<NodeFields, LayerSpec> reader) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(DenseLayerSpec.TYPE, List.of("type", "units", "activation"),
                    f -> new DenseLayerSpec(f.integer("units"), f.choice("activation", Activation.class))),
            new Kind(DropoutLayerSpec.TYPE, List.of("type", "rate"),
                    f -> new DropoutLayerSpec(f.number("rate"))),
            new Kind(LayerNormSpec.TYPE, List.of("type"),
                    f -> new LayerNormSpec()));

    private static final Map<String, Kind> BY_TYPE = Map.copyOf(KINDS.stream().collect(Collectors.toMap(Kind::type, k -> k)));

    private LayerKinds() {
    }

    static List<String> types() {
        return KINDS.stream().map(Kind::type).toList();
    }

    static Optional<Kind> find(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
