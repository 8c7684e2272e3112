package io.towerlab.core.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects malformed rows during one import and applies the {@link BadRowPolicy}: under
 * {@code FAIL} the first problem becomes a {@link DataFormatException}. Not thread-safe.
 */
public final class ProblemCollector {
    private final BadRowPolicy policy;
    private final List<RowProblem> detailed = new ArrayList<>();
    private final Map<ProblemKind, Long> counts = new EnumMap<>(ProblemKind.class);
    private final List<String> notes = new ArrayList<>();

    public ProblemCollector(BadRowPolicy policy) {
        this.policy = policy;
    }

    /** Records a problem; throws under the FAIL policy. */
    public void report(Path file, long line, int column, ProblemKind kind, String reason, String hint)
            throws DataFormatException {
        if (policy == BadRowPolicy.FAIL) {
            throw new DataFormatException(file, line, column, reason,
                    hint == null ? "Fix the row, or import with bad rows skipped" : hint);
        }
        counts.merge(kind, 1L, Long::sum);
        if (detailed.size() < ValidationReport.MAX_DETAILED) {
            detailed.add(new RowProblem(file, line, column, reason));
        }
    }

    public void note(String text) {
        notes.add(text);
    }

    public ValidationReport report(long read, long kept, long skipped, long filtered) {
        Map<String, Long> byLabel = new LinkedHashMap<>();
        counts.forEach((kind, count) -> byLabel.put(kind.label(), count));
        return new ValidationReport(read, kept, skipped, filtered, detailed, byLabel, notes);
    }
}
