package io.towerlab.core.data.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.SplittableRandom;

/**
 * Writes a synthetic click log for import benchmarks: {@code user_id,item_id,rating,timestamp}
 * with one user per 50 rows, one item per 100 rows drawn from a power law (item k has probability
 * roughly proportional to k<sup>-2/3</sup>, a long tail like real logs), ratings 1-5 in half
 * stars and increasing timestamps.
 */
public final class BenchmarkClickLog {
    private BenchmarkClickLog() {
    }

    /** Writes {@code rows} rows to {@code file} (through a temporary file renamed at the end). */
    public static void write(Path file, long rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int users = (int) Math.max(100, rows / 50);
        int items = (int) Math.max(100, rows / 100);
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        StringBuilder line = new StringBuilder(64);
        long time = 1_500_000_000L;
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            out.write("user_id,item_id,rating,timestamp\n");
            for (long i = 0; i < rows; i++) {
                double u = random.nextDouble();
                int item = (int) (items * u * u * u);
                int half = 2 + random.nextInt(9);
                time += random.nextInt(30);
                line.setLength(0);
                line.append(random.nextInt(users)).append(',').append(item).append(',').append(half / 2);
                if ((half & 1) == 1) {
                    line.append(".5");
                }
                line.append(',').append(time).append('\n');
                out.append(line);
            }
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
