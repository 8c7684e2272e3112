package io.towerlab.core.loss.sampling;

import io.towerlab.core.data.Interactions;
import io.towerlab.core.data.InteractionsBuilder;
import io.towerlab.core.data.PositiveSets;
import java.util.stream.IntStream;

/** Small click logs for sampler tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** Query q clicked exactly the documents of {@code clicks[q]}. */
    static Interactions log(int[][] clicks) {
        InteractionsBuilder b = new InteractionsBuilder(16);
        long t = 0;
        for (int q = 0; q < clicks.length; q++) {
            for (int d : clicks[q]) {
                b.add(q, d, 1f, t++);
            }
        }
        return b.build();
    }

    static PositiveSets positives(int[][] clicks) {
        Interactions log = log(clicks);
        return PositiveSets.of(log, IntStream.range(0, log.size()).toArray(), clicks.length);
    }
}
