package io.towerlab.cli;

import io.towerlab.core.store.RunReader;
import io.towerlab.core.store.RunStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the run commands. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", description = "The run store (default: experiments/runs in a "
            + "source checkout, else the user's data folder).")
    Path store;

    RunStore runStore() {
        return store != null ? new RunStore(store) : RunStore.defaultStore();
    }

    RunReader reader() {
        return new RunReader(runStore());
    }
}
