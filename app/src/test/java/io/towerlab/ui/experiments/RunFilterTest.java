package io.towerlab.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunNotes;
import io.towerlab.core.store.RunSummary;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunFilterTest {
    private final List<RunRow> rows = List.of(row("a", "fps", 0.31, "CRASHED", "review"), row("b", "pairce", 0.22,
            "COMPLETED", ""), row("c", "softmax", null, "COMPLETED", ""));
    private final List<RunColumn> columns = RunColumns.of(rows);

    @Test
    void textMatchesAnyColumnIgnoringCase() {
        assertThat(filter("PAIR", null, null)).containsExactly("b");
        assertThat(filter("crashed", null, null)).containsExactly("a");
        assertThat(filter("review", null, null)).containsExactly("a");
    }

    @Test
    void numericConditionsCompareNumbersAndSkipMissingValues() {
        assertThat(filter("", "final:recall@10", ">0.25")).containsExactly("a");
        assertThat(filter("", "final:recall@10", "<=0.31")).containsExactly("a", "b");
        assertThat(filter("", "final:recall@10", "!=0.31")).containsExactly("b", "c");
        assertThat(filter("", "loss", "=fps")).containsExactly("a");
        assertThat(filter("", "loss", "max")).containsExactly("c");
    }

    @Test
    void columnsOrderNumbersNumericallyWithMissingLast() {
        RunColumn recall = column("final:recall@10");
        List<String> ids = rows.stream().sorted(Comparator.comparing(r -> recall.value().apply(r), RunColumn.ORDER))
                .map(r -> r.summary().id()).toList();
        assertThat(ids).containsExactly("b", "a", "c");
        assertThat(column("name").shownByDefault()).isTrue();
        assertThat(columns).extracting(RunColumn::id).contains("hp:training.seed", "note", "tags");
    }

    private List<String> filter(String text, String columnId, String condition) {
        RunColumn c = columnId == null ? null : column(columnId);
        return rows.stream().filter(RunFilter.of(text, columns, c, condition)).map(r -> r.summary().id()).toList();
    }

    private RunColumn column(String id) {
        return columns.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static RunRow row(String id, String loss, Double recall, String status, String tags) {
        RunSummary s = new RunSummary(id, "exp-" + loss, status, null, null, null, null, loss,
                Map.of("loss.type", loss, "training.seed", 1), recall == null ? null : Map.of("recall@10", recall),
                null, null, null, null, null, null, null, null);
        return new RunRow(s, new RunFolder(Path.of(id)), new RunNotes(null, RunNotes.parseTags(tags), null));
    }
}
