package io.towerlab.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.towerlab.core.train.SavedDocumentTower;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.util.LongAccumulator;

/**
 * The offline document-embedding job: reads a catalogue, embeds its documents with a saved run's
 * document tower on the executors (one tower per executor JVM, see {@link TowerHolder}) and writes
 * {@code (id, vector)} rows plus an {@code index.json} that tells an index builder the dimension and
 * the similarity.
 */
public final class CatalogueEmbedding {

    /**
     * What the job wrote.
     *
     * @param fromColumns whether documents were embedded from the catalogue's columns (else by id, with the
     *                    features of the run's training dataset)
     * @param skipped     catalogue rows not embedded, for {@code skipReason}
     */
    public record Result(String runId, int dim, String similarity, boolean fromColumns, long embedded, long skipped,
                         String skipReason) {
    }

    private CatalogueEmbedding() {
    }

    static Result run(SparkSession spark, JobOptions options) throws IOException {
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(options.out());
        FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(out)) {
            throw new IllegalArgumentException("--out " + options.out() + " already exists; choose a new folder or "
                    + "delete it");
        }
        if (options.layout() == OutputLayout.F32 && !"file".equals(fs.getScheme())) {
            throw new IllegalArgumentException("--layout f32 writes with plain file access and needs a folder every "
                    + "executor mounts, not " + options.out() + "; use --layout parquet for " + fs.getScheme() + ":");
        }
        TowerSource source = new TowerSource(options.run(), options.data(), options.device());
        // the driver loads the tower first: a bad run, dataset or checkpoint fails here, before any task
        SavedDocumentTower tower = TowerHolder.get(source);
        if (tower.note() != null) {
            System.err.println("note: " + tower.note());
        }
        if (tower.datasetChange() != null) {
            System.err.println("warning: " + tower.datasetChange());
        }
        Dataset<Row> rows = rows(spark, options, tower.columns());
        LongAccumulator embedded = spark.sparkContext().longAccumulator("documents embedded");
        LongAccumulator skipped = spark.sparkContext().longAccumulator("documents skipped");
        Dataset<Row> vectors = rows.mapPartitions(new EmbedPartition(source, tower.columns(), embedded, skipped),
                Encoders.row(VectorColumn.SCHEMA));
        if (options.layout() == OutputLayout.PARQUET) {
            vectors.write().parquet(new org.apache.hadoop.fs.Path(out, "vectors").toString());
        } else {
            vectors.foreachPartition(new F32Parts(java.nio.file.Path.of(fs.makeQualified(out).toUri()).toString(), tower.dim()));
        }
        Result result = new Result(tower.runId(), tower.dim(), tower.similarity().name().toLowerCase(Locale.ROOT),
                tower.fromColumns(), embedded.value(), skipped.value(), tower.fromColumns()
                ? SavedDocumentTower.NEEDS_KNOWN_ID : SavedDocumentTower.UNKNOWN_TO_DATASET);
        writeIndex(fs, out, result, options);
        return result;
    }

    /**
     * The catalogue's id column and the columns the document tower reads, as strings, one row per document,
     * spread over the requested partitions.
     */
    static Dataset<Row> rows(SparkSession spark, JobOptions options, List<String> featureColumns) {
        Dataset<Row> catalogue = read(spark, options.catalogue(), options.format());
        String[] columns = catalogue.columns();
        if (columns.length == 0) {
            throw new IllegalArgumentException("the catalogue " + options.catalogue() + " has no columns");
        }
        String id = options.idColumn() == null ? columns[0] : options.idColumn();
        if (!Arrays.asList(columns).contains(id)) {
            throw new IllegalArgumentException("the catalogue " + options.catalogue() + " has no column '" + id
                    + "'; it has: " + String.join(", ", columns) + " (choose one with --id-column)");
        }
        List<Column> selected = new ArrayList<>(List.of(functions.col(id).cast("string").as("id")));
        for (String name : featureColumns) {
            if (!Arrays.asList(columns).contains(name)) {
                throw new IllegalArgumentException("the catalogue " + options.catalogue() + " has no column '" + name
                        + "', which the run's document tower reads; it has: " + String.join(", ", columns));
            }
            selected.add(functions.col(name).cast("string"));
        }
        Dataset<Row> rows = catalogue.select(selected.toArray(new Column[0])).filter(functions.col("id").isNotNull());
        return options.partitions() > 0 ? rows.repartition(options.partitions()) : rows;
    }

    private static Dataset<Row> read(SparkSession spark, String path, String format) {
        String kind = format == null || format.equals("auto")
                ? (path.toLowerCase(Locale.ROOT).endsWith(".csv") || path.toLowerCase(Locale.ROOT).endsWith(".csv.gz")
                ? "csv" : "parquet")
                : format.toLowerCase(Locale.ROOT);
        try {
            return switch (kind) {
                case "csv" -> spark.read().option("header", "true").csv(path);
                case "parquet" -> spark.read().parquet(path);
                default -> throw new IllegalArgumentException("--format must be csv, parquet or auto, was '" + format
                        + "'");
            };
        } catch (Exception e) {
            if (e instanceof AnalysisException) {
                throw new IllegalArgumentException("cannot read the catalogue " + path + " as " + kind + ": "
                        + e.getMessage(), e);
            }
            throw e;
        }
    }

    private static void writeIndex(FileSystem fs, org.apache.hadoop.fs.Path out, Result result, JobOptions options)
            throws IOException {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("run", result.runId());
        index.put("dim", result.dim());
        index.put("dtype", "float32");
        index.put("similarity", result.similarity());
        index.put("normalized", result.similarity().equals("cosine"));
        index.put("count", result.embedded());
        index.put("embeddedFrom", result.fromColumns() ? "columns" : "dataset");
        index.put("skipped", result.skipped());
        index.put("skipReason", result.skipReason());
        index.put("layout", options.layout().name().toLowerCase(Locale.ROOT));
        index.put("vectors", options.layout() == OutputLayout.PARQUET ? "vectors" : "part-*");
        index.put("catalogue", options.catalogue());
        try (OutputStream stream = fs.create(new org.apache.hadoop.fs.Path(out, "index.json"), false)) {
            stream.write(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(index)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
