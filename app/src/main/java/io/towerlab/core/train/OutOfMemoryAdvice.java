package io.towerlab.core.train;

import io.towerlab.core.spec.ExperimentSpec;
import java.util.Locale;

/**
 * Turns running out of memory during a run into a message that says which memory ran out (the
 * Java heap, bounded by -Xmx, or the engine's native memory, which -Xmx does not bound), where,
 * how much was in use, and what to try — as the NaN guard does for a diverged loss.
 */
final class OutOfMemoryAdvice {
    private OutOfMemoryAdvice() {
    }

    /**
     * A {@link TrainingOutOfMemoryException} for {@code failure} when it is an out-of-memory failure of
     * the heap or of the engine's allocator, or null for any other failure.
     */
    static TrainingOutOfMemoryException explain(Throwable failure, ExperimentSpec spec, String where,
                                                MemoryUse memory) {
        String tryThis = String.format(Locale.ROOT, "a smaller training.batchSize (now %d), fewer dims in the"
                + " towers, or fewer documents", spec.training().batchSize());
        if (failure instanceof OutOfMemoryError oom) {
            String what = String.valueOf(oom.getMessage());
            if (what.contains("Direct buffer")) {
                return new TrainingOutOfMemoryException("the JVM's direct buffer memory ran out " + where + " ("
                        + memory.describe() + "): try " + tryThis + ", or raise -XX:MaxDirectMemorySize", failure);
            }
            if (what.contains("native thread") || what.contains("Metaspace")) {
                return new TrainingOutOfMemoryException("the JVM ran out of native memory (" + what + ") " + where
                        + " (" + memory.describe() + "): close other programs or runs, or try " + tryThis, failure);
            }
            return new TrainingOutOfMemoryException("the Java heap ran out " + where + " (" + memory.describe()
                    + "; the ceiling is set by -Xmx): start TowerLab with a larger heap, e.g. -Xmx"
                    + suggestedHeapGb(memory.heapMax()) + "g, or try " + tryThis, failure);
        }
        if (isEngineAllocationFailure(failure)) {
            return new TrainingOutOfMemoryException("the engine's native memory ran out " + where + " ("
                    + memory.describe() + "; -Xmx does not bound it, a larger -Xmx leaves less for the engine): try "
                    + tryThis + "; engine message: " + firstLine(failure.getMessage()), failure);
        }
        return null;
    }

    private static boolean isEngineAllocationFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("can't allocate memory") || message.contains("out of memory")
                    || message.contains("bad_alloc") || message.contains("cannot allocate memory")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static long suggestedHeapGb(long heapMax) {
        return Math.max(2, 2 * ((heapMax >> 30) + 1));
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
