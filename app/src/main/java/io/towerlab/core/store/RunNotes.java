package io.towerlab.core.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a person adds to a run after the fact: a display name, tags and a free note, kept in the run's
 * own small {@code notes.json} (replaced atomically) so that the files the run wrote itself are never
 * touched. Absent fields mean "none".
 *
 * @param label the name to show instead of the experiment name, or null
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunNotes(String label, List<String> tags, String note) {
    public static final String FILE = "notes.json";
    public static final RunNotes NONE = new RunNotes(null, List.of(), null);

    public RunNotes {
        label = label == null || label.isBlank() ? null : label.strip();
        note = note == null || note.isBlank() ? null : note.strip();
        tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct()
                .toList();
    }

    /** Tags from a comma-separated text. */
    public static List<String> parseTags(String text) {
        return text == null ? List.of() : List.of(text.split(","));
    }

    /** The run's notes, or {@link #NONE} when it has none or they cannot be read. */
    public static RunNotes read(RunFolder run) {
        Path file = run.path().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            return RunFolder.LINE.readValue(file.toFile(), RunNotes.class);
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    /** Replaces the run's notes atomically. */
    public void write(RunFolder run) throws IOException {
        AtomicFiles.write(run.path().resolve(FILE), RunFolder.JSON.writeValueAsBytes(this));
    }
}
