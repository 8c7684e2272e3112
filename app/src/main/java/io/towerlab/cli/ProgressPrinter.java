package io.towerlab.cli;

import io.towerlab.core.train.EpochEvent;
import io.towerlab.core.train.TrainingListener;
import io.towerlab.core.train.TrainingResult;
import io.towerlab.core.train.TrainingStart;
import java.io.PrintStream;
import java.util.Locale;

/** Prints a line per epoch on stderr while a run trains. */
final class ProgressPrinter implements TrainingListener {
    private final PrintStream out;
    private int epochs;

    ProgressPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void onStart(TrainingStart start) {
        epochs = start.epochs();
        out.printf(Locale.ROOT, "training on %s (%d thread%s): %,d parameters, %,d training clicks, %d batches per epoch%n",
                start.device(), start.threads(), start.threads() == 1 ? "" : "s", start.parameters(), start.trainRows(),
                start.batchesPerEpoch());
    }

    @Override
    public void onEpoch(EpochEvent e) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %d/%d  train loss %.4f", e.epoch(),
                epochs, e.trainLoss()));
        if (e.validLoss() != null) {
            line.append(String.format(Locale.ROOT, "  valid loss %.4f", e.validLoss()));
        }
        if (e.validMetrics() != null) {
            e.validMetrics().values().forEach((k, v) -> {
                if (k.startsWith("recall@") || k.startsWith("ndcg@10")) {
                    line.append(String.format(Locale.ROOT, "  %s %.4f", k, v));
                }
            });
        }
        line.append(String.format(Locale.ROOT, "  (%.1f s)%s", e.seconds(), e.best() ? " *" : ""));
        out.println(line);
    }

    @Override
    public void onMessage(String message) {
        out.println(message);
    }

    @Override
    public void onFinish(TrainingResult r) {
        out.printf(Locale.ROOT, "%s after %d epochs (best epoch %d): train %.1f s, evaluation %.1f s, %.0f examples/s%n",
                r.status().name().toLowerCase(Locale.ROOT), r.epochsRun(), r.bestEpoch(), r.trainSeconds(),
                r.evalSeconds(), r.examplesPerSecond());
    }
}
