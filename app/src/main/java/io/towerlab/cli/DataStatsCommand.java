package io.towerlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.towerlab.core.data.BadRowPolicy;
import io.towerlab.core.data.ColumnMapping;
import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.data.DatasetFormat;
import io.towerlab.core.data.DatasetImporter;
import io.towerlab.core.data.DatasetStatistics;
import io.towerlab.core.data.DatasetStats;
import io.towerlab.core.data.ImportOptions;
import io.towerlab.core.data.ImportResult;
import io.towerlab.core.data.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code towerlab data stats PATH}: imports a click log and prints its statistics and validation report. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Import a click log (CSV/TSV file, dataset.json folder or MovieLens folder) and print its "
                + "statistics. Exit code 2 when the data cannot be read.")
public final class DataStatsCommand implements Callable<Integer> {
    static final int DATA_ERROR = 2;
    private static final int PROBLEMS_LISTED = 20;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "A CSV/TSV file or a dataset folder.")
    Path path;

    @Option(names = "--format", description = "Layout: ${COMPLETION-CANDIDATES} (default: AUTO).")
    DatasetFormat format = DatasetFormat.AUTO;

    @Option(names = "--min-relevance", paramLabel = "X",
            description = "Count only rows with relevance >= X as clicks (default: every row).")
    Double minRelevance;

    @Option(names = "--fail-on-bad-rows", description = "Stop at the first malformed row instead of skipping it.")
    boolean failOnBadRows;

    @Option(names = "--query-column", description = "The query (user) id column, instead of detecting it.")
    String queryColumn;

    @Option(names = "--document-column", description = "The document (item) id column, instead of detecting it.")
    String documentColumn;

    @Option(names = "--delimiter", description = "The field delimiter, instead of sniffing it (\\t for tab).")
    String delimiter;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ImportOptions options = ImportOptions.defaults().withFormat(format).withMinRelevance(minRelevance)
                .withBadRows(failOnBadRows ? BadRowPolicy.FAIL : BadRowPolicy.SKIP)
                .withMapping(ColumnMapping.of(queryColumn, documentColumn))
                .withDelimiter(delimiter == null ? null : delimiter.replace("\\t", "\t"));
        ImportResult result;
        try {
            result = new DatasetImporter().load(path, options);
        } catch (DataFormatException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(e.getMessage());
            err.flush();
            return DATA_ERROR;
        }
        DatasetStats stats = DatasetStatistics.of(result.dataset());
        if (json) {
            ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
            out.println(mapper.writeValueAsString(jsonOf(result, stats)));
        } else {
            new StatsTable(out).print(result, stats, PROBLEMS_LISTED);
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> jsonOf(ImportResult result, DatasetStats stats) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("path", result.dataset().source().path().toString());
        source.put("format", result.dataset().source().format());
        source.put("sha256", result.dataset().source().sha256());
        ValidationReport report = result.report();
        Map<String, Object> validation = new LinkedHashMap<>();
        validation.put("rowsRead", report.rowsRead());
        validation.put("rowsKept", report.rowsKept());
        validation.put("rowsSkipped", report.rowsSkipped());
        validation.put("rowsFiltered", report.rowsFiltered());
        validation.put("problemCounts", report.problemCounts());
        validation.put("firstProblems", report.problems().stream().limit(PROBLEMS_LISTED).map(Object::toString)
                .toList());
        validation.put("notes", report.notes());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", source);
        root.put("stats", stats);
        root.put("validation", validation);
        return root;
    }
}
