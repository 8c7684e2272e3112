package io.towerlab.core.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A closed choice in the spec (a loss type, a sampler, ...), written in JSON by its {@link #jsonName()}. */
public interface SpecEnum {

    /** The name used in the spec's JSON, e.g. {@code "leave-last-out"}. */
    String jsonName();

    /** The JSON names of every constant, in declaration order. */
    static <E extends Enum<E> & SpecEnum> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(SpecEnum::jsonName).toList();
    }

    /** The constant with this exact JSON name, if any. */
    static <E extends Enum<E> & SpecEnum> Optional<E> parse(Class<E> type, String jsonName) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.jsonName().equals(jsonName)).findFirst();
    }
}
