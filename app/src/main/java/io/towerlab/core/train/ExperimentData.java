package io.towerlab.core.train;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.data.DatasetFormat;
import io.towerlab.core.data.DatasetImporter;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.ImportOptions;
import io.towerlab.core.data.split.SplitKind;
import io.towerlab.core.data.split.SplitOptions;
import io.towerlab.core.data.split.Splitter;
import io.towerlab.core.spec.DataSpec;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SplitSpec;
import java.nio.file.Path;

/**
 * Loads the data an experiment names and splits it as the spec says: the part of running an
 * experiment that the trainer, the evaluation of a saved run and the desktop app share.
 */
public final class ExperimentData {
    private ExperimentData() {
    }

    /** A dataset with its split. */
    public record Loaded(ClickDataset dataset, DatasetSplit split, Path path) {
    }

    public static Loaded load(DataSpec data, Path path) throws DataFormatException {
        ImportOptions options = ImportOptions.defaults().withFormat(format(data)).withMinRelevance(data.minRelevance());
        ClickDataset dataset = new DatasetImporter().load(path, options).dataset();
        DatasetSplit split = new Splitter().split(dataset, splitOptions(data.split()));
        return new Loaded(dataset, split, path);
    }

    public static SplitOptions splitOptions(SplitSpec s) {
        return new SplitOptions(SplitKind.parse(s.type().name()), s.validFraction(), s.testFraction(), s.validFrom(),
                s.testFrom(), s.minInteractions(), s.seed());
    }

    private static DatasetFormat format(DataSpec data) {
        return switch (data.format()) {
            case AUTO, MOVIELENS -> DatasetFormat.AUTO;
            case CSV -> DatasetFormat.CSV;
            case TSV -> DatasetFormat.TSV;
            case MANIFEST -> DatasetFormat.MANIFEST;
        };
    }

    /** The data path of a spec, resolved against the spec's folder unless overridden. */
    public static Path resolve(ExperimentSpec spec, Path specFolder, Path override) {
        return override != null ? override : spec.data().resolve(specFolder);
    }
}
