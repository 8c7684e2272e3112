package io.towerlab.spark;

import io.towerlab.core.train.SavedDocumentTower;
import io.towerlab.core.store.RunFolder;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The document towers loaded in this JVM, one per (run, dataset, device): every task of an executor
 * shares one model, loaded by the first task that needs it. This is the job's one piece of static
 * state, on purpose: Spark gives no per-executor hook, and loading the tower per task or per
 * partition would read the weights (and, for a run saved without document features, its dataset)
 * again each time.
 */
final class TowerHolder {
    private static final Map<TowerSource, SavedDocumentTower> TOWERS = new ConcurrentHashMap<>();

    private TowerHolder() {
    }

    static SavedDocumentTower get(TowerSource source) {
        return TOWERS.computeIfAbsent(source, TowerHolder::load);
    }

    private static SavedDocumentTower load(TowerSource source) {
        try {
            return SavedDocumentTower.open(new RunFolder(Path.of(source.run())),
                    source.data() == null ? null : Path.of(source.data()), source.device());
        } catch (Exception e) {
            throw new IllegalStateException("could not load the document tower of run " + source.run() + ": "
                    + e.getMessage(), e);
        }
    }
}
