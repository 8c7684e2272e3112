package io.towerlab.core.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.towerlab.core.data.csv.DelimitedReader;
import io.towerlab.core.data.csv.TextSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a folder described by a {@code dataset.json} {@link DatasetManifest}: the documents file and
 * the queries file first (so their rows fix the dense order and every listed document is in the
 * catalogue), then the interactions file with the manifest's column names.
 */
public final class ManifestImport {
    public static final String FILE_NAME = "dataset.json";

    private final ImportSession session;

    public ManifestImport(ImportSession session) {
        this.session = session;
    }

    /** Parses a manifest; JSON and schema errors are located by line, column and JSON path. */
    public static DatasetManifest readManifest(Path json, ObjectMapper mapper) throws DataFormatException {
        DatasetManifest manifest;
        try {
            manifest = mapper.readValue(json.toFile(), DatasetManifest.class);
        } catch (JsonMappingException e) {
            JsonLocation at = e.getLocation();
            String path = e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName()
                    : "[" + ref.getIndex() + "]").collect(Collectors.joining(".", "$.", ""));
            throw new DataFormatException(json, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "invalid manifest at " + path + ": " + e.getOriginalMessage().split("\n")[0],
                    "Compare the file with the documented dataset.json format");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new DataFormatException(json, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage(), "Fix the JSON syntax");
        } catch (IOException e) {
            throw DataFormatException.ofFile(json, "cannot be read (" + e.getMessage() + ")", "Check the file");
        }
        if (manifest.format() != null && !manifest.format().equals(DatasetManifest.FORMAT)) {
            throw DataFormatException.ofFile(json, "unsupported manifest format '" + manifest.format() + "'",
                    "This version reads " + DatasetManifest.FORMAT);
        }
        DatasetManifest.InteractionFile interactions = manifest.interactions();
        if (interactions == null || interactions.file() == null || interactions.query() == null
                || interactions.document() == null) {
            throw DataFormatException.ofFile(json, "$.interactions must name a file, a query column and a document "
                    + "column", "Add \"interactions\": {\"file\": ..., \"query\": ..., \"document\": ...}");
        }
        return manifest;
    }

    /** Reads the folder's files into the session. */
    public void read(Path folder, DatasetManifest manifest) throws DataFormatException, IOException {
        session.useFeatures(features(manifest.queries()), features(manifest.documents()));
        if (manifest.documents() != null) {
            entities(folder, manifest.documents(), "documents", session.documents(), session.documentFeatures());
        }
        if (manifest.queries() != null) {
            entities(folder, manifest.queries(), "queries", session.queries(), session.queryFeatures());
        }
        DatasetManifest.InteractionFile file = manifest.interactions();
        ColumnMapping mapping = ColumnMapping.of(file.query(), file.document()).withRelevance(file.relevance())
                .withTimestamp(file.timestamp()).withSplit(file.split()).withTextDetection(false);
        new CsvClickLogImport(session).read(resolve(folder, file.file(), "interactions"), null, null, mapping);
    }

    private static FeatureTableBuilder features(DatasetManifest.EntityFile file) {
        if (file == null) {
            return new FeatureTableBuilder(List.of(), List.of(), List.of());
        }
        return new FeatureTableBuilder(names(file.categorical()), names(file.numeric()), names(file.text()));
    }

    private static List<String> names(List<String> list) {
        return list == null ? List.of() : list;
    }

    private void entities(Path folder, DatasetManifest.EntityFile spec, String role, IdInterner ids,
                          FeatureTableBuilder features) throws DataFormatException, IOException {
        Path file = resolve(folder, spec.file(), role);
        if (spec.id() == null) {
            throw DataFormatException.ofFile(folder.resolve(FILE_NAME), "$." + role + ".id is missing",
                    "Name the id column of " + spec.file());
        }
        TextSource source = TextSource.inspect(file, null);
        CsvClickLogImport.Sample sample = CsvClickLogImport.sample(source, null);
        ColumnDetector detector = new ColumnDetector(file, sample.header());
        int id = detector.find(spec.id(), List.of(), role + " id");
        EntityFileReader.Layout layout = new EntityFileReader.Layout(sample.header(), id, false,
                detector.require(names(spec.categorical()), role + " categorical"),
                detector.require(names(spec.numeric()), role + " numeric"),
                detector.require(names(spec.text()), role + " text"),
                spec.multiValueSeparator() == null ? "|" : spec.multiValueSeparator());
        try (DelimitedReader reader = source.reader(sample.delimiter(), true, session.digest())) {
            reader.next();
            new EntityFileReader(session.problems()).read(file, reader, layout, ids, features, null);
        }
    }

    private static Path resolve(Path folder, String name, String role) throws DataFormatException {
        if (name == null) {
            throw DataFormatException.ofFile(folder.resolve(FILE_NAME), "$." + role + ".file is missing",
                    "Name the " + role + " file");
        }
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw DataFormatException.ofFile(folder.resolve(FILE_NAME), "$." + role + ".file names " + name
                    + ", which is not in " + folder, "Check the file name in the manifest");
        }
        return file;
    }
}
