package io.towerlab.core.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.towerlab.core.store.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The oracle's metrics of generated data: {@code towerlab generate} writes {@code reference.json} beside
 * the dataset with the metrics of the true latent vectors, an upper reference no model trained on the
 * clicks should be expected to pass. Found through the dataset path a run's provenance records.
 */
public final class OracleReference {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OracleReference() {
    }

    /** The oracle metrics of the data a run was trained on, or an empty map when the data has none. */
    public static Map<String, Double> of(RunFolder run) {
        try {
            JsonNode dataset = JSON.readTree(run.path().resolve("provenance.json").toFile()).path("dataset");
            if (!dataset.path("path").isTextual()) {
                return Map.of();
            }
            Path data = Path.of(dataset.path("path").asText());
            Path folder = Files.isDirectory(data) ? data : data.getParent();
            Path reference = folder == null ? null : folder.resolve("reference.json");
            if (reference == null || !Files.isRegularFile(reference)) {
                return Map.of();
            }
            Map<String, Double> out = new LinkedHashMap<>();
            JSON.readTree(reference.toFile()).path("oracle").fields()
                    .forEachRemaining(e -> {
                        if (e.getValue().isNumber()) {
                            out.put(e.getKey(), e.getValue().asDouble());
                        }
                    });
            return out;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
