package io.towerlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import io.towerlab.core.model.DenseParameter;
import io.towerlab.core.model.EmbeddingTable;
import io.towerlab.core.model.GatheredRows;
import io.towerlab.core.model.OptimizerState;
import java.util.List;
import java.util.Set;

/**
 * Applies one optimizer step: dense parameters are updated whole; embedding tables only in the
 * rows the batch gathered ("lazy" Adam: a row's moments advance only when the row is used, with
 * the global step for bias correction, as in TensorFlow's LazyAdam). Optional global gradient-norm
 * clipping (Pascanu et al., 2013) spans both kinds.
 */
public final class Optimizer {
    private final OptimizerSettings settings;
    private final Set<String> frozen;
    private long step;

    public Optimizer(OptimizerSettings settings) {
        this(settings, Set.of());
    }

    /** An optimizer that leaves parameters whose names start with one of {@code frozen} unchanged (fine-tuning). */
    public Optimizer(OptimizerSettings settings, Set<String> frozen) {
        this.settings = settings;
        this.frozen = Set.copyOf(frozen);
    }

    public long step() {
        return step;
    }

    /** Restores the step counter (resuming from a checkpoint). */
    public void setStep(long value) {
        this.step = value;
    }

    /** Updates every parameter from its gradient, then zeroes the dense gradients. */
    public void apply(List<DenseParameter> dense, GatheredRows sparse) {
        step++;
        try (NDScope scope = new NDScope()) {
            float clipFactor = clipFactor(dense, sparse);
            for (DenseParameter p : dense) {
                NDArray grad = p.value().getGradient();
                if (isFrozen(p.name())) {
                    grad.subi(grad);
                    continue;
                }
                NDArray update = direction(p.state(), p.value(), grad.mul(clipFactor), null);
                p.value().subi(update);
                grad.subi(grad);
            }
            for (GatheredRows.Gathered g : sparse.all()) {
                if (isFrozen(g.table().name())) {
                    continue;
                }
                NDArray grad = g.rows().getGradient().mul(clipFactor);
                NDIndex index = new NDIndex("{}", g.ids());
                NDArray updated = g.rows().sub(direction(g.table().state(), g.rows(), grad, g));
                g.table().weight().set(index, updated);
            }
        }
    }

    private boolean isFrozen(String name) {
        for (String prefix : frozen) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private float clipFactor(List<DenseParameter> dense, GatheredRows sparse) {
        if (settings.clipGradNorm() <= 0) {
            return 1f;
        }
        double squares = 0;
        for (DenseParameter p : dense) {
            if (!isFrozen(p.name())) {
                squares += p.value().getGradient().square().sum().getFloat();
            }
        }
        for (GatheredRows.Gathered g : sparse.all()) {
            if (isFrozen(g.table().name())) {
                continue;
            }
            squares += g.rows().getGradient().square().sum().getFloat();
        }
        double norm = Math.sqrt(squares);
        return norm > settings.clipGradNorm() ? (float) (settings.clipGradNorm() / norm) : 1f;
    }

    /**
     * The amount to subtract from {@code value}. For a sparse table ({@code rows} not null) the
     * moment rows are gathered, updated and written back at the batch's ids; for a dense parameter
     * the moments are updated in place.
     */
    private NDArray direction(OptimizerState state, NDArray value, NDArray grad, GatheredRows.Gathered rows) {
        float lr = settings.learningRate();
        float wd = settings.weightDecay();
        if (wd > 0 && settings.type() != OptimizerSettings.Type.ADAMW) {
            grad = grad.add(value.mul(wd));
        }
        if (settings.type() == OptimizerSettings.Type.SGD) {
            if (settings.momentum() <= 0) {
                return grad.mul(lr);
            }
            NDArray velocity = moments(state, value, rows)[0].muli(settings.momentum()).addi(grad);
            if (rows != null) {
                store(state, rows, velocity, null);
            }
            return velocity.mul(lr);
        }
        NDArray[] m = moments(state, value, rows);
        // in place: on the state itself for a dense parameter, on the gathered copy for table rows
        NDArray first = m[0].muli(OptimizerSettings.BETA1).addi(grad.mul(1 - OptimizerSettings.BETA1));
        NDArray second = m[1].muli(OptimizerSettings.BETA2).addi(grad.square().mul(1 - OptimizerSettings.BETA2));
        if (rows != null) {
            store(state, rows, first, second);
        }
        double correction1 = 1 - Math.pow(OptimizerSettings.BETA1, step);
        double correction2 = 1 - Math.pow(OptimizerSettings.BETA2, step);
        NDArray update = first.div(correction1)
                .div(second.div(correction2).sqrt().add(OptimizerSettings.EPSILON)).mul(lr);
        if (wd > 0 && settings.type() == OptimizerSettings.Type.ADAMW) {
            update = update.add(value.mul(lr * wd));
        }
        return update;
    }

    private static NDArray[] moments(OptimizerState state, NDArray value, GatheredRows.Gathered rows) {
        if (state.first() == null) {
            NDArray full = rows == null ? value : rows.table().weight();
            NDArray first = full.zerosLike();
            NDArray second = full.zerosLike();
            NDScope.unregister(first, second);
            state.set(first, second);
        }
        if (rows == null) {
            return new NDArray[] {state.first(), state.second()};
        }
        NDIndex index = new NDIndex("{}", rows.ids());
        return new NDArray[] {state.first().get(index), state.second().get(index)};
    }

    /** Writes updated moment rows back into a table's state. */
    private static void store(OptimizerState state, GatheredRows.Gathered rows, NDArray first, NDArray second) {
        NDIndex index = new NDIndex("{}", rows.ids());
        state.first().set(index, first);
        if (second != null) {
            state.second().set(index, second);
        }
    }
}
