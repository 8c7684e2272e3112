package io.towerlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.IdDictionary;
import io.towerlab.core.model.EmbeddingTable;
import io.towerlab.core.model.TwoTowerModel;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.InitSpec;
import io.towerlab.core.store.Checkpoints;
import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunReader;
import io.towerlab.core.store.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Initialises a new run from a parent run's best weights (the spec's {@code init} section): the
 * chosen towers' parameters are copied by name; an id table whose size differs (another dataset)
 * is mapped row by row through the original ids, and rows without a match keep their fresh values.
 */
final class FineTuning {
    private static final NDIndex ALL = new NDIndex(":");
    private final InitSpec init;
    private final RunFolder parent;
    private final RunSummary parentSummary;

    private FineTuning(InitSpec init, RunFolder parent, RunSummary parentSummary) {
        this.init = init;
        this.parent = parent;
        this.parentSummary = parentSummary;
    }

    /** The fine-tuning a spec asks for, or null; an unknown run is reported at {@code init.run}. */
    static FineTuning of(ExperimentSpec spec, RunReader reader) throws IOException {
        if (spec.init() == null) {
            return null;
        }
        RunFolder parent;
        try {
            parent = reader.resolve(spec.init().run());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("init.run: " + e.getMessage());
        }
        if (!Files.isDirectory(RunCheckpointer.best(parent))) {
            throw new IllegalArgumentException("init.run: run " + parent.id() + " has no saved weights ("
                    + RunCheckpointer.best(parent) + "); it stopped before its first epoch ended: resume or retrain it");
        }
        return new FineTuning(spec.init(), parent, reader.summary(parent));
    }

    static Set<String> frozenFromSpec(ExperimentSpec spec) {
        return spec.init() == null ? Set.of() : prefixes(spec.init().freeze());
    }

    Set<String> frozenParameters() {
        return prefixes(init.freeze());
    }

    private static Set<String> prefixes(List<String> towers) {
        return towers.stream().map(FineTuning::prefix).collect(Collectors.toUnmodifiableSet());
    }

    private static String prefix(String tower) {
        return tower.equals("query") ? "queryTower." : "docTower.";
    }

    String parentId() {
        return parent.id();
    }

    /** The provenance entry that links the new run to its parent. */
    Map<String, Object> parent() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("run", parent.id());
        p.put("reference", init.run());
        p.put("name", parentSummary.name());
        p.put("path", parent.path().toAbsolutePath().toString());
        p.put("towers", init.towers());
        p.put("freeze", init.freeze());
        return p;
    }

    void initialize(TwoTowerModel model, ClickDataset dataset, TrainingListener listener) throws IOException {
        Map<String, Checkpoints.Tensor> tensors = Checkpoints.load(RunCheckpointer.best(parent));
        Set<String> chosen = prefixes(init.towers());
        Map<String, EmbeddingTable> tables = new HashMap<>();
        model.parameters().tables().forEach(t -> tables.put(t.name(), t));
        List<String> notes = new ArrayList<>();
        int copied = 0;
        for (Map.Entry<String, NDArray> e : model.parameters().namedValues().entrySet()) {
            String name = e.getKey();
            if (chosen.stream().noneMatch(name::startsWith)) {
                continue;
            }
            Checkpoints.Tensor from = tensors.get(name);
            if (from == null) {
                throw new IllegalArgumentException("init: run " + parent.id() + " has no parameter " + name
                        + "; its towers differ from this spec's: copy only matching towers (init.towers)");
            }
            long[] shape = e.getValue().getShape().getShape();
            if (Arrays.equals(shape, from.shape())) {
                set(model, e.getValue(), from.values(), shape);
            } else if (tables.containsKey(name) && shape[1] == from.shape()[1]) {
                notes.add(mapRows(model, name, e.getValue(), from, dataset));
            } else {
                throw new IllegalArgumentException("init: parameter " + name + " has shape "
                        + Arrays.toString(from.shape()) + " in run " + parent.id() + " but " + Arrays.toString(shape)
                        + " here; keep the towers' sizes of the parent or leave this tower out of init.towers");
            }
            copied++;
        }
        listener.onMessage("initialised " + copied + " parameters of the " + String.join(" and ", init.towers())
                + " tower" + (init.towers().size() > 1 ? "s" : "") + " from run " + parent.id()
                + (init.freeze().isEmpty() ? "" : ", frozen: " + init.freeze())
                + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)));
    }

    private String mapRows(TwoTowerModel model, String name, NDArray live, Checkpoints.Tensor from,
                           ClickDataset dataset) throws IOException {
        boolean queries = name.startsWith("queryTower.") && name.endsWith(".id");
        boolean keyedById = name.endsWith(".id") || name.endsWith(".history");
        List<String> parentIds = keyedById ? parent.readIds(queries ? "queries" : "documents") : null;
        if (parentIds == null) {
            throw new IllegalArgumentException("init: table " + name + " has " + from.shape()[0] + " rows in run "
                    + parent.id() + " and " + live.getShape().get(0) + " here, and its rows cannot be matched by id;"
                    + " use the parent's dataset or leave this tower out of init.towers");
        }
        Map<String, Integer> parentRow = new HashMap<>(parentIds.size() * 2);
        for (int i = 0; i < parentIds.size(); i++) {
            parentRow.put(parentIds.get(i), i);
        }
        IdDictionary ids = queries ? dataset.queries() : dataset.documents();
        int dim = Math.toIntExact(from.shape()[1]);
        float[] values = live.toFloatArray();
        int carried = 0;
        for (int row = 0; row < ids.size(); row++) {
            Integer p = parentRow.get(ids.idOf(row));
            if (p != null && p < from.shape()[0]) {
                System.arraycopy(from.values(), p * dim, values, row * dim, dim);
                carried++;
            }
        }
        set(model, live, values, live.getShape().getShape());
        return name + ": " + carried + " of " + ids.size() + " rows carried over by id";
    }

    private static void set(TwoTowerModel model, NDArray live, float[] values, long[] shape) {
        try (NDArray value = model.parameters().manager().create(values, new Shape(shape))) {
            live.set(ALL, value);
        }
    }
}
