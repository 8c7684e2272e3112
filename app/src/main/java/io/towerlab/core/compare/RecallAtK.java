package io.towerlab.core.compare;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.towerlab.core.store.AtomicFiles;
import io.towerlab.core.store.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A saved run's test recall at every cut-off k = 1 … maxK, and the popularity baseline's, cached in the
 * run's {@code recall-at-k.json} (written atomically; no other file of the run is touched) because
 * computing it means loading the data and the model again.
 *
 * @param model      {@code model[i]} is the model's recall@(i + 1)
 * @param popularity the popularity baseline's, same length
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecallAtK(String runId, int queries, double[] model, double[] popularity, double seconds) {
    public static final String FILE = "recall-at-k.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public int maxK() {
        return model.length;
    }

    public Curve modelCurve(String name) {
        return RecallCurve.ofEveryK(name, model);
    }

    public Curve popularityCurve(String name) {
        return RecallCurve.ofEveryK(name, popularity);
    }

    public static Path file(RunFolder run) {
        return run.path().resolve(FILE);
    }

    /** The cached curve of a run, or null when it has none, it is unreadable, or stops short of {@code maxK}. */
    public static RecallAtK read(RunFolder run, int maxK) {
        Path file = file(run);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            RecallAtK cached = JSON.readValue(file.toFile(), RecallAtK.class);
            boolean ok = cached.model() != null && cached.popularity() != null
                    && cached.model().length >= maxK && cached.popularity().length == cached.model().length;
            return ok ? cached : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public void write(RunFolder run) throws IOException {
        AtomicFiles.write(file(run), JSON.writeValueAsBytes(this));
    }
}
