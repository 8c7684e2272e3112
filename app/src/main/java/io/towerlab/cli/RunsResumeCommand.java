package io.towerlab.cli;

import io.towerlab.core.store.RunFolder;
import io.towerlab.core.train.CancelToken;
import io.towerlab.core.train.ExperimentRunner;
import io.towerlab.core.train.SavedRun;
import io.towerlab.core.train.TrainingResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code towerlab runs resume RUN}: continues a crashed or cancelled run from its last checkpoint. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Continue a crashed, cancelled or failed run from its last checkpoint.")
public final class RunsResumeCommand implements Callable<Integer> {
    @Mixin
    RetrainOptions options;

    @Override
    public Integer call() {
        try {
            RunFolder folder = options.store.reader().resolve(options.run);
            SavedRun saved = SavedRun.open(folder, options.data);
            if (saved.datasetChange() != null) {
                System.err.println("warning: " + saved.datasetChange());
            }
            ExperimentRunner.Outcome outcome = new ExperimentRunner(options.store.runStore()).resume(folder, saved.data(),
                    new ProgressPrinter(System.err), new CancelToken());
            TrainingResult result = outcome.result();
            if (options.json) {
                System.out.println(RunsCommand.JSON.writeValueAsString(TrainCommand.summary(folder.id(), result)));
            } else {
                ResultTable.print(System.out, folder.path().toString(), result.metrics(), result.baseline());
            }
            return result.metrics() == null ? CliErrors.FAILURE : 0;
        } catch (Exception e) {
            return CliErrors.report(e, System.err);
        }
    }
}
