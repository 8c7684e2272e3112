package io.towerlab.ui.compose;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetImporter;
import io.towerlab.core.data.ImportOptions;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.store.RunStore;
import io.towerlab.ui.TestPaths;
import io.towerlab.ui.common.BackgroundTasks;
import io.towerlab.ui.common.UserError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;

/** The search sample loaded once, and composer view models over it that record errors and handed-off specs. */
final class ComposeTesting {
    static final Path SEARCH = TestPaths.EXPERIMENTS.getParent().resolve("sample-data").resolve("search-small");
    private static ClickDataset search;

    final List<UserError> errors = new ArrayList<>();
    final List<ExperimentSpec> trained = new ArrayList<>();
    final SimpleObjectProperty<ClickDataset> dataset;
    final ComposeViewModel model;

    ComposeTesting(ClickDataset data, Path store) {
        dataset = new SimpleObjectProperty<>(data);
        model = new ComposeViewModel(BackgroundTasks.synchronous(), errors::add, dataset, trained::add,
                () -> new RunStore(store));
    }

    static synchronized ClickDataset search() throws Exception {
        if (search == null) {
            search = new DatasetImporter().load(SEARCH, ImportOptions.defaults()).dataset();
        }
        return search;
    }

    static ExperimentSpec shippedDssm() throws Exception {
        return new SpecReader().read(TestPaths.EXPERIMENTS.resolve("search-small-dssm.json"));
    }
}
