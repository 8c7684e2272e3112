package io.towerlab.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsLogTest {
    @TempDir
    Path dir;

    private RunFolder folderWith(int lines) throws Exception {
        RunFolder run = new RunFolder(Files.createDirectories(dir.resolve("run")));
        for (int i = 1; i <= lines; i++) {
            run.appendMetric(i, 1 + i / 3, "train/loss", 1.0 / i);
        }
        return run;
    }

    @Test
    void aTruncatedLastLineIsIgnoredAtEveryByteOffset() throws Exception {
        RunFolder run = folderWith(5);
        byte[] full = Files.readAllBytes(run.metricsFile());
        int lastLineStart = full.length - 1;
        while (full[lastLineStart - 1] != '\n') {
            lastLineStart--;
        }
        Path cut = dir.resolve("cut.jsonl");
        for (int end = lastLineStart; end < full.length; end++) {
            Files.write(cut, Arrays.copyOf(full, end));
            List<MetricPoint> points = MetricsLog.read(cut);
            assertThat(points).as("cut at byte %d", end).extracting(MetricPoint::step).containsExactly(1L, 2L, 3L, 4L);
        }
        Files.write(cut, full);
        assertThat(MetricsLog.read(cut)).hasSize(5);
    }

    @Test
    void readingFromAnOffsetReturnsOnlyNewCompleteLines() throws Exception {
        RunFolder run = folderWith(3);
        MetricsLog.Chunk first = MetricsLog.readFrom(run.metricsFile(), 0);
        run.appendMetric(4, 2, "train/loss", 0.1);
        MetricsLog.Chunk second = MetricsLog.readFrom(run.metricsFile(), first.nextOffset());
        assertThat(first.points()).hasSize(3);
        assertThat(second.points()).extracting(MetricPoint::step).containsExactly(4L);
        assertThat(second.nextOffset()).isEqualTo(Files.size(run.metricsFile()));
    }

    @Test
    void truncatingAfterAStepDropsLaterLinesAndAPartialTail() throws Exception {
        RunFolder run = folderWith(6);
        Files.writeString(run.metricsFile(), "{\"step\": 7, \"na", java.nio.file.StandardOpenOption.APPEND);
        int dropped = MetricsLog.truncateAfter(run.metricsFile(), 4);
        assertThat(dropped).isEqualTo(3);
        assertThat(MetricsLog.read(run.metricsFile())).extracting(MetricPoint::step).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Files.readString(run.metricsFile())).endsWith("\n");
    }

    @Test
    void aReaderPollingWhileAWriterAppendsSeesMonotonicStepsWithoutErrors() throws Exception {
        RunFolder run = new RunFolder(Files.createDirectories(dir.resolve("live")));
        int total = 3000;
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> writerError = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                for (int i = 1; i <= total; i++) {
                    run.appendMetric(i, 1, "train/batch_loss", Math.sin(i));
                }
            } catch (Throwable e) {
                writerError.set(e);
            } finally {
                done.set(true);
            }
        });
        writer.start();
        List<Long> seen = new ArrayList<>();
        long offset = 0;
        boolean last = false;
        while (!last) {
            last = done.get();
            MetricsLog.Chunk chunk = MetricsLog.readFrom(run.metricsFile(), offset);
            assertThat(chunk.skippedLines()).isZero();
            chunk.points().forEach(p -> seen.add(p.step()));
            offset = chunk.nextOffset();
        }
        writer.join();
        assertThat(writerError.get()).isNull();
        assertThat(seen).hasSize(total).isSorted().doesNotHaveDuplicates();
    }
}
