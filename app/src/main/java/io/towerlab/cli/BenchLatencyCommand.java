package io.towerlab.cli;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.spec.BlockCost;
import io.towerlab.core.spec.ExperimentSpec;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.spec.TableSizes;
import io.towerlab.core.spec.TowerCosts;
import io.towerlab.core.train.ExperimentData;
import io.towerlab.core.train.QueryLatency;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code towerlab bench latency SPEC.json}: the query tower's parameters, its estimated operations per request,
 * and its measured time per single-query request (fresh weights), as the composer shows them.
 */
@Command(name = "latency", mixinStandardHelpOptions = true,
        description = "Time the query tower of a spec on single-query requests, beside its FLOPs estimate.")
public final class BenchLatencyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SPEC.json", description = "The experiment spec.")
    Path spec;

    @Option(names = "--data", paramLabel = "PATH", description = "Use this dataset instead of the spec's data.path.")
    Path data;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a spec value (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--requests", defaultValue = "500", description = "Timed requests (default: ${DEFAULT-VALUE}).")
    int requests;

    @Override
    public Integer call() {
        try {
            ExperimentSpec experiment = new SpecReader().read(spec, overrides);
            ClickDataset dataset = ExperimentData.load(experiment.data(),
                    ExperimentData.resolve(experiment, spec.toAbsolutePath().getParent(), data)).dataset();
            BlockCost cost = TowerCosts.total(experiment.queryTower(), true, TableSizes.of(dataset));
            System.out.printf(java.util.Locale.ROOT, "%s: query tower %s%,d parameters, about %,d FLOPs per request%n",
                    experiment.name(), cost.atMost() ? "at most " : "", cost.parameters(), cost.flops());
            System.out.println("measured: " + QueryLatency.measure(experiment, dataset, requests));
            return 0;
        } catch (Exception e) {
            return CliErrors.report(e, System.err);
        }
    }
}
