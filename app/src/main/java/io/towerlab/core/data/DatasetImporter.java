package io.towerlab.core.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.towerlab.core.data.movielens.MovieLensImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Imports a click log from a path: a CSV/TSV file, a folder with a {@code dataset.json} manifest,
 * or a MovieLens folder as downloaded. The layout is detected from the path unless the options
 * name one. Every problem a user can cause becomes a {@link DataFormatException} with a located,
 * readable message.
 */
public final class DatasetImporter {
    private final ObjectMapper mapper;

    public DatasetImporter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public DatasetImporter() {
        this(new ObjectMapper());
    }

    /** Reads the dataset at {@code path}. */
    public ImportResult load(Path path, ImportOptions options) throws DataFormatException {
        Path target = path.getFileName() != null && path.getFileName().toString().equals(ManifestImport.FILE_NAME)
                && path.getParent() != null ? path.getParent() : path;
        DatasetFormat format = options.format() == DatasetFormat.AUTO ? detect(target) : options.format();
        try {
            return switch (format) {
                case CSV, TSV -> loadDelimited(target, format, options);
                case MANIFEST -> loadManifest(target, options);
                case MOVIELENS_100K, MOVIELENS_1M, MOVIELENS_LATEST -> {
                    ImportSession session = new ImportSession(options.badRows(), options.minRelevance());
                    new MovieLensImport(session).read(requireFolder(target, format), format);
                    Path main = target.resolve(format == DatasetFormat.MOVIELENS_100K ? "u.data"
                            : format == DatasetFormat.MOVIELENS_1M ? "ratings.dat" : "ratings.csv");
                    yield session.finish(name(target), target, format, main);
                }
                case AUTO -> throw new IllegalStateException("detect never answers AUTO");
            };
        } catch (IOException | UncheckedIOException e) {
            throw DataFormatException.ofFile(target, "reading failed (" + e.getMessage() + ")",
                    "Check that the files are readable and not changing while they are read");
        }
    }

    private ImportResult loadDelimited(Path file, DatasetFormat format, ImportOptions options)
            throws DataFormatException, IOException {
        if (Files.isDirectory(file)) {
            throw DataFormatException.ofFile(file, "is a folder, but a " + format + " file was expected",
                    "Choose the file itself, or let the format be detected");
        }
        String delimiter = options.delimiter() != null ? options.delimiter()
                : format == DatasetFormat.TSV ? "\t" : null;
        ImportSession session = new ImportSession(options.badRows(), options.minRelevance());
        ColumnMapping mapping = options.mapping();
        session.useFeatures(
                new FeatureTableBuilder(mapping.queryCategorical(), mapping.queryNumeric(), mapping.queryText()),
                new FeatureTableBuilder(mapping.documentCategorical(), mapping.documentNumeric(),
                        mapping.documentText()));
        new CsvClickLogImport(session).read(file, null, delimiter, mapping);
        return session.finish(name(file), file, format, file);
    }

    private ImportResult loadManifest(Path folder, ImportOptions options) throws DataFormatException, IOException {
        Path json = requireFolder(folder, DatasetFormat.MANIFEST).resolve(ManifestImport.FILE_NAME);
        if (!Files.isRegularFile(json)) {
            throw DataFormatException.ofFile(folder, "no " + ManifestImport.FILE_NAME + " in this folder",
                    "Add a manifest, or open the interactions file itself");
        }
        DatasetManifest manifest = ManifestImport.readManifest(json, mapper);
        Double rule = options.minRelevance() != null ? options.minRelevance()
                : manifest.clickRule() == null ? null : manifest.clickRule().minRelevance();
        ImportSession session = new ImportSession(options.badRows(), rule);
        session.digest().update(Files.readAllBytes(json));
        new ManifestImport(session).read(folder, manifest);
        String name = manifest.name() != null ? manifest.name() : name(folder);
        return session.finish(name, folder, DatasetFormat.MANIFEST, folder.resolve(manifest.interactions().file()));
    }

    /** The layout of a path: by the files a folder holds, or by a file's extension. */
    public static DatasetFormat detect(Path path) throws DataFormatException {
        if (!Files.exists(path)) {
            throw DataFormatException.ofFile(path, "no such file or folder", "Check the path");
        }
        if (Files.isRegularFile(path)) {
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".tsv") || name.endsWith(".tab") ? DatasetFormat.TSV : DatasetFormat.CSV;
        }
        DatasetFormat format = folderFormat(path);
        if (format != null) {
            return format;
        }
        String hint = "Open a CSV/TSV file, a folder with " + ManifestImport.FILE_NAME
                + ", or a MovieLens folder (ml-100k, ml-1m, ml-10m, ml-latest) as extracted from its download";
        try (Stream<Path> children = Files.list(path)) {
            List<Path> candidates = children.filter(Files::isDirectory).filter(c -> folderFormat(c) != null).toList();
            if (!candidates.isEmpty()) {
                hint = "Did you mean the folder " + candidates.get(0) + "?";
            }
        } catch (IOException e) {
            throw DataFormatException.ofFile(path, "cannot list this folder (" + e.getMessage() + ")",
                    "Check its permissions");
        }
        throw DataFormatException.ofFile(path, "this folder holds no dataset: no " + ManifestImport.FILE_NAME
                + ", u.data (ml-100k), ratings.dat (ml-1m/10m) or ratings.csv (ml-latest)", hint);
    }

    private static DatasetFormat folderFormat(Path folder) {
        if (Files.isRegularFile(folder.resolve(ManifestImport.FILE_NAME))) {
            return DatasetFormat.MANIFEST;
        }
        if (Files.isRegularFile(folder.resolve("u.data"))) {
            return DatasetFormat.MOVIELENS_100K;
        }
        if (Files.isRegularFile(folder.resolve("ratings.dat"))) {
            return DatasetFormat.MOVIELENS_1M;
        }
        if (Files.isRegularFile(folder.resolve("ratings.csv"))) {
            return DatasetFormat.MOVIELENS_LATEST;
        }
        return null;
    }

    private static Path requireFolder(Path path, DatasetFormat format) throws DataFormatException {
        if (!Files.isDirectory(path)) {
            throw DataFormatException.ofFile(path, "a " + format + " dataset is a folder, but this is a file",
                    "Choose the folder that holds the files");
        }
        return path;
    }

    private static String name(Path path) {
        Path file = path.toAbsolutePath().normalize().getFileName();
        return file == null ? path.toString() : file.toString();
    }
}
