package io.towerlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.spec.SpecWriter;
import io.towerlab.core.store.RunStore;
import io.towerlab.core.train.CancelToken;
import io.towerlab.core.train.ExperimentData;
import io.towerlab.core.train.ExperimentRunner;
import io.towerlab.core.train.TrainingResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code towerlab train SPEC.json}: trains an experiment, saves the run, prints its metrics. */
@Command(name = "train", description = "Train the experiment a spec describes and save it as a run.")
public final class TrainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SPEC.json", description = "The experiment spec.")
    Path spec;

    @Option(names = "--data", paramLabel = "PATH", description = "Use this dataset instead of the spec's data.path.")
    Path data;

    @Option(names = "--store", paramLabel = "DIR", description = "The run store (default: experiments/runs in a "
            + "source checkout, else the user's data folder).")
    Path store;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a spec value, e.g. loss.type=fps "
            + "or training.epochs=3 (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--json", description = "Print the result as one JSON object on the last line of stdout.")
    boolean json;

    @Override
    public Integer call() {
        try {
            ExperimentSpec experiment = new SpecReader().read(spec, overrides);
            Path dataPath = ExperimentData.resolve(experiment, spec.toAbsolutePath().getParent(), data);
            System.err.println("loading " + dataPath);
            ExperimentData.Loaded loaded = ExperimentData.load(experiment.data(), dataPath);
            RunStore runs = store != null ? new RunStore(store) : RunStore.defaultStore();
            ExperimentRunner.Outcome outcome = new ExperimentRunner(runs).run(experiment,
                    new SpecWriter().write(experiment), loaded, new ProgressPrinter(System.err), new CancelToken());
            TrainingResult result = outcome.result();
            if (json) {
                System.out.println(new ObjectMapper().writeValueAsString(summary(outcome.folder().id(), result)));
            } else {
                ResultTable.print(System.out, outcome.folder().path().toString(), result.metrics(), result.baseline());
            }
            return result.metrics() == null ? CliErrors.FAILURE : 0;
        } catch (Exception e) {
            return CliErrors.report(e, System.err);
        }
    }

    static Map<String, Object> summary(String runId, TrainingResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runId", runId);
        out.put("status", result.status().name());
        out.put("message", result.message());
        out.put("metrics", result.metrics() == null ? null : result.metrics().values());
        out.put("baseline", result.baseline() == null ? null : result.baseline().values());
        out.put("bestEpoch", result.bestEpoch());
        out.put("trainSeconds", result.trainSeconds());
        out.put("evalSeconds", result.evalSeconds());
        out.put("examplesPerSecond", result.examplesPerSecond());
        out.put("device", result.device());
        return out;
    }
}
