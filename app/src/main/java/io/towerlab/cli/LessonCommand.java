package io.towerlab.cli;

import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.lab.LabBatch;
import io.towerlab.core.lab.LabRunner;
import io.towerlab.core.lab.LabSettings;
import io.towerlab.core.lab.Lesson;
import io.towerlab.core.lab.LessonPlayer;
import io.towerlab.core.lab.LessonReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code towerlab lesson FILE...}: plays loss-lab lessons headless, step by step, printing each step's
 * batch loss, speed and validation metrics, so that a lesson's texts can be checked against what it does.
 */
@Command(name = "lesson", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Play loss-lab lessons headless and print what each step measured.")
public final class LessonCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Parameters(paramLabel = "LESSON.json", arity = "1..*", description = "Lesson files (experiments/lessons/*.json)")
    List<Path> files;

    @Option(names = "--max-batches", paramLabel = "N", description = "Train at most N batches per step "
            + "(default: as the lesson says)")
    int maxBatches = Integer.MAX_VALUE;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        try {
            for (Path file : files) {
                play(new LessonReader().read(file), out);
            }
            return 0;
        } catch (Exception e) {
            out.flush();
            return CliErrors.report(e, System.err);
        }
    }

    private void play(Lesson lesson, PrintWriter out) throws Exception {
        out.printf("%s%n", lesson.title());
        LessonPlayer player = new LessonPlayer(lesson);
        LabSettings settings = lesson.settings();
        try (LabRunner runner = new LabRunner()) {
            while (!player.finished()) {
                LessonPlayer.Run run = player.advance(settings);
                if (run == null) {
                    continue;
                }
                settings = run.settings();
                LabBatch[] last = new LabBatch[1];
                int[] count = new int[1];
                long start = System.nanoTime();
                MetricSet measured = runner.perform(run, lesson.dataset(), maxBatches, () -> true, b -> {
                    last[0] = b;
                    count[0]++;
                }, null);
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf(Locale.ROOT, "  %d. %s: %d batches, last batch loss %s, τ %.3f, %.1f s%s%n",
                        player.stepIndex() + 1, run.step().title(), count[0],
                        last[0] == null ? "-" : String.format(Locale.ROOT, "%.3f", last[0].loss()),
                        last[0] == null ? Double.NaN : last[0].temperature(), seconds,
                        measured == null ? "" : "\n     " + describe(measured));
                out.flush();
            }
        }
    }

    private static String describe(MetricSet m) {
        return m.values().entrySet().stream()
                .filter(e -> e.getKey().startsWith("recall@") || e.getKey().startsWith("coverage@"))
                .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
