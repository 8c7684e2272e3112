package io.towerlab.core.train;

import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecException;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.store.RunFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** A saved run's spec and the data it was trained on, read back to resume or reproduce it. */
public record SavedRun(RunFolder folder, ExperimentSpec spec, ExperimentData.Loaded data, String recordedSha256) {

    /** Reads the run's spec and loads the dataset its provenance names (or {@code dataOverride}). */
    @SuppressWarnings("unchecked")
    public static SavedRun open(RunFolder folder, Path dataOverride) throws IOException, SpecException,
            DataFormatException {
        ExperimentSpec spec = readSpec(folder);
        Map<String, Object> provenance = folder.readProvenance();
        Object dataset = provenance.get("dataset");
        Map<String, Object> recorded = dataset instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Path path = dataOverride;
        if (path == null) {
            if (!(recorded.get("path") instanceof String p)) {
                throw new IOException("run " + folder.id() + " records no dataset path in provenance.json; give one with --data");
            }
            path = Path.of(p);
        }
        return new SavedRun(folder, spec, ExperimentData.load(spec.data(), path),
                recorded.get("sha256") instanceof String s ? s : null);
    }

    /** The run's spec. */
    public static ExperimentSpec readSpec(RunFolder folder) throws IOException, SpecException {
        return new SpecReader().read(folder.readSpec(), folder.path().resolve("spec.json").toString());
    }

    /** A note when the dataset's content differs from the one the run was trained on, else null. */
    public String datasetChange() {
        String now = String.valueOf(data.dataset().source().sha256());
        if (recordedSha256 == null || recordedSha256.equals("null") || recordedSha256.equals(now)) {
            return null;
        }
        return "the dataset " + data.path() + " has changed since run " + folder.id() + " was trained (SHA-256 "
                + recordedSha256 + " then, " + now + " now): metrics may differ for that reason";
    }
}
