package io.towerlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import io.towerlab.core.model.ParameterStore;
import java.util.LinkedHashMap;
import java.util.Map;

/** A copy of every parameter at the best epoch so far, restored before the final evaluation. */
final class BestWeights {
    private static final NDIndex ALL = new NDIndex(":");
    private final ParameterStore store;
    private final NDManager manager;
    private final Map<String, NDArray> snapshot = new LinkedHashMap<>();
    private int epoch;

    BestWeights(ParameterStore store) {
        this.store = store;
        this.manager = store.manager().newSubManager();
    }

    void take(int epochNumber) {
        store.namedValues().forEach((name, value) -> {
            NDArray copy = snapshot.get(name);
            if (copy == null) {
                copy = value.duplicate();
                copy.attach(manager);
                snapshot.put(name, copy);
            } else {
                copy.set(ALL, value);
            }
        });
        this.epoch = epochNumber;
    }

    boolean hasSnapshot() {
        return !snapshot.isEmpty();
    }

    int epoch() {
        return epoch;
    }

    /** Writes the snapshot back into the live parameters (no-op when none was taken). */
    void restore() {
        Map<String, NDArray> live = store.namedValues();
        snapshot.forEach((name, copy) -> live.get(name).set(ALL, copy));
    }
}
