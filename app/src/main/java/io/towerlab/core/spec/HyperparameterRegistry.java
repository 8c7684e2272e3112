package io.towerlab.core.spec;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every hyperparameter of an experiment spec, by key: the single source of defaults, ranges, allowed
 * choices, labels and help text. The reader fills and checks values from it; the composer's tooltips and
 * the spec's JSON schema read it too, so none of them repeats a number.
 */
public final class HyperparameterRegistry {

    private final Map<String, Hyperparameter> byKey;
    private final List<Hyperparameter> ordered;

    public HyperparameterRegistry(Collection<Hyperparameter> entries) {
        Map<String, Hyperparameter> map = new LinkedHashMap<>();
        for (Hyperparameter entry : entries) {
            if (map.put(entry.key(), entry) != null) {
                throw new IllegalArgumentException("hyperparameter registered twice: " + entry.key());
            }
        }
        this.byKey = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    /** The registry of TowerLab's spec, as defined in {@link StandardHyperparameters}. */
    public static HyperparameterRegistry standard() {
        return new HyperparameterRegistry(StandardHyperparameters.all());
    }

    public Optional<Hyperparameter> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The entry for a key the spec code relies on; a missing one is a programming error. */
    public Hyperparameter get(String key) {
        Hyperparameter entry = byKey.get(key);
        if (entry == null) {
            throw new IllegalArgumentException("no hyperparameter registered under " + key);
        }
        return entry;
    }

    public boolean contains(String key) {
        return byKey.containsKey(key);
    }

    /** All entries, in the order they were registered (the order of the spec's sections). */
    public List<Hyperparameter> all() {
        return ordered;
    }
}
