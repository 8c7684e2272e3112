package io.towerlab.core.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the importer found in the interactions file: how many data rows were read, kept, skipped as
 * malformed or filtered out by the click rule, and the problems (the first
 * {@value #MAX_DETAILED} in detail, all of them counted per kind).
 *
 * @param problems      the first problems, in file order, across every file read
 * @param problemCounts the number of problems per {@link ProblemKind#label()}, in kind order
 * @param notes         observations that are not errors (e.g. an encoding fallback)
 */
public record ValidationReport(long rowsRead, long rowsKept, long rowsSkipped, long rowsFiltered,
                               List<RowProblem> problems, Map<String, Long> problemCounts, List<String> notes) {

    public static final int MAX_DETAILED = 1000;

    public ValidationReport {
        problems = List.copyOf(problems);
        problemCounts = Collections.unmodifiableMap(new LinkedHashMap<>(problemCounts));
        notes = List.copyOf(notes);
    }

    /** The total number of problems, including those not kept in detail. */
    public long problemCount() {
        return problemCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean isClean() {
        return problemCount() == 0;
    }
}
