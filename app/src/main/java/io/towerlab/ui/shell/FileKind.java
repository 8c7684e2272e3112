package io.towerlab.ui.shell;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * What kind of TowerLab file a path is, so that files given on the command line, by the desktop or
 * by a second launch go to the right view. Run bundles and lessons have their own extensions (the
 * installers associate them); specs and dataset manifests are plain {@code .json} files, told apart
 * by their top-level fields.
 */
public enum FileKind {
    /** A click log (CSV/TSV), a dataset folder or a {@code dataset.json} manifest: opens in Data. */
    DATASET,
    /** An experiment spec ({@code .json} with towers): opens in Train. */
    SPEC,
    /** A whole run exported by {@code towerlab runs export --bundle}: imported into the store. */
    BUNDLE,
    /** A lesson: opens in the Lab. */
    LESSON,
    /** Nothing TowerLab opens. */
    UNKNOWN;

    /** The extension of run bundles the installers associate with TowerLab (a zip inside). */
    public static final String BUNDLE_EXTENSION = ".towerlab-run";
    /** The extension of lesson files the installers associate with TowerLab. */
    public static final String LESSON_EXTENSION = ".towerlab-lesson";
    private static final Set<String> TABLES = Set.of(".csv", ".tsv", ".tab", ".txt", ".dat");
    private static final JsonFactory JSON = new JsonFactory();

    /** The kind of {@code path}; reads the top-level fields of a {@code .json} file. */
    public static FileKind of(Path path) {
        if (Files.isDirectory(path)) {
            return DATASET;
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(BUNDLE_EXTENSION) || name.endsWith(".zip")) {
            return BUNDLE;
        }
        if (name.endsWith(LESSON_EXTENSION)) {
            return LESSON;
        }
        if (name.endsWith(".json")) {
            return name.equals("dataset.json") ? DATASET : ofJson(path);
        }
        int dot = name.lastIndexOf('.');
        return dot >= 0 && TABLES.contains(name.substring(dot)) ? DATASET : UNKNOWN;
    }

    /**
     * A manifest has {@code "format": "towerlab-dataset/…"}, a lesson {@code "format": "towerlab-lesson/…"};
     * anything else that is JSON is taken as a spec.
     */
    private static FileKind ofJson(Path path) {
        try (JsonParser parser = JSON.createParser(path.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return SPEC;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("format") && value == JsonToken.VALUE_STRING) {
                    String format = parser.getText();
                    if (format.startsWith("towerlab-dataset")) {
                        return DATASET;
                    }
                    if (format.startsWith("towerlab-lesson")) {
                        return LESSON;
                    }
                }
                parser.skipChildren();
            }
            return SPEC;
        } catch (IOException e) {
            return SPEC;
        }
    }
}
