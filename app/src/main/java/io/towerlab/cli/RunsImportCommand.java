package io.towerlab.cli;

import io.towerlab.core.store.RunBundle;
import io.towerlab.core.store.RunFolder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code towerlab runs import FILE.zip}: adds an exported run to the store. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import a run bundle (zip) into the store.")
public final class RunsImportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "FILE.zip")
    Path bundle;

    @Override
    public Integer call() {
        try {
            RunFolder run = RunBundle.importInto(store.runStore(), bundle);
            System.out.println("imported run " + run.id() + " into " + store.runStore().root());
            return 0;
        } catch (Exception e) {
            return CliErrors.report(e, System.err);
        }
    }
}
