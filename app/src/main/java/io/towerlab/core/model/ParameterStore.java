package io.towerlab.core.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Owns every trainable tensor of a model in one engine scope, names them, and initialises them
 * from a seeded Java generator so that initial weights are identical on every machine and engine.
 */
public final class ParameterStore implements AutoCloseable {
    private final NDManager manager;
    private final SplittableRandom random;
    private final Map<String, DenseParameter> dense = new LinkedHashMap<>();
    private final Map<String, EmbeddingTable> tables = new LinkedHashMap<>();
    private final List<AutoCloseable> owned = new ArrayList<>();

    public ParameterStore(NDManager parent, long seed) {
        this.manager = parent.newSubManager();
        this.random = new SplittableRandom(seed);
    }

    public NDManager manager() {
        return manager;
    }

    /** A table with rows drawn from N(0, std²). */
    public EmbeddingTable embedding(String name, int rows, int dim, double std) {
        float[] values = new float[Math.multiplyExact(rows, dim)];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (nextGaussian() * std);
        }
        EmbeddingTable table = new EmbeddingTable(name, manager.create(values, new Shape(rows, dim)));
        register(tables, name, table);
        return table;
    }

    /** A weight matrix with Glorot-uniform initialisation (Glorot and Bengio, 2010). */
    public DenseParameter glorot(String name, int fanIn, int fanOut) {
        double limit = Math.sqrt(6.0 / (fanIn + fanOut));
        float[] values = new float[fanIn * fanOut];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
        }
        return dense(name, values, new Shape(fanIn, fanOut));
    }

    /** A parameter with values drawn from N(0, std²) (learned position embeddings). */
    public DenseParameter normal(String name, Shape shape, double std) {
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (nextGaussian() * std);
        }
        return dense(name, values, shape);
    }

    /**
     * Registers a tensor created elsewhere (the weights of a loaded pretrained model) as a trainable
     * parameter; the caller keeps it alive at least as long as this store.
     */
    public DenseParameter adopt(String name, NDArray value) {
        DenseParameter parameter = new DenseParameter(name, value);
        register(dense, name, parameter);
        return parameter;
    }

    /** Closes {@code resource} (a loaded model) when this store closes. */
    public void closeWith(AutoCloseable resource) {
        owned.add(resource);
    }

    /** A parameter filled with one value (biases, gains). */
    public DenseParameter constant(String name, Shape shape, float value) {
        float[] values = new float[Math.toIntExact(shape.size())];
        java.util.Arrays.fill(values, value);
        return dense(name, values, shape);
    }

    private DenseParameter dense(String name, float[] values, Shape shape) {
        DenseParameter parameter = new DenseParameter(name, manager.create(values, shape));
        register(dense, name, parameter);
        return parameter;
    }

    private static <T> void register(Map<String, T> map, String name, T value) {
        if (map.putIfAbsent(name, value) != null) {
            throw new IllegalArgumentException("two parameters named " + name);
        }
    }

    private double nextGaussian() {
        // Box–Muller on the seeded generator (SplittableRandom has no nextGaussian on Java 17)
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /**
     * Until closed, dense parameters read as copies on {@code device} owned by {@code shard} (a manager of
     * that device, open at least until backward has run): one shard of a data-parallel step.
     */
    public DeviceReplicas onDevice(Device device, NDManager shard) {
        return new DeviceReplicas(device, shard, List.copyOf(dense.values()));
    }

    public List<DenseParameter> denseParameters() {
        return Collections.unmodifiableList(new ArrayList<>(dense.values()));
    }

    public List<EmbeddingTable> tables() {
        return Collections.unmodifiableList(new ArrayList<>(tables.values()));
    }

    public long parameterCount() {
        long total = 0;
        for (DenseParameter p : dense.values()) {
            total += p.size();
        }
        for (EmbeddingTable t : tables.values()) {
            total += t.size();
        }
        return total;
    }

    /** Every tensor by name, for checkpoints. */
    public Map<String, NDArray> namedValues() {
        Map<String, NDArray> all = new LinkedHashMap<>();
        tables.forEach((name, table) -> all.put(name, table.weight()));
        dense.forEach((name, parameter) -> all.put(name, parameter.value()));
        return all;
    }

    @Override
    public void close() {
        manager.close();
        for (AutoCloseable resource : owned) {
            try {
                resource.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not close " + resource, e);
            }
        }
    }
}
