package io.towerlab.core.data.generate;

import java.util.SplittableRandom;

/**
 * Reproducible random streams for the generator: one independent {@link SplittableRandom} per
 * (purpose, index), derived from the seed with the SplitMix64 finaliser, and Gaussian draws by
 * Box–Muller with {@link StrictMath} so that every machine produces the same bits.
 */
final class Seeds {
    static final long WORLD = 1;
    static final long DOCUMENTS = 2;
    static final long QUERIES = 3;
    static final long WORDS = 4;
    static final long CLICKS = 5;
    static final long TITLES = 6;
    static final long SEARCH_DOCUMENTS = 7;
    static final long SEARCH_INTENTS = 8;
    static final long SEARCH_CLICKS = 9;
    static final long SEARCH_TYPOS = 10;
    static final long SEARCH_HELD_OUT = 11;

    private Seeds() {
    }

    static SplittableRandom stream(long seed, long purpose, long index) {
        return new SplittableRandom(mix(mix(seed ^ 0x9E3779B97F4A7C15L * (purpose + 1)) + index));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform double in the open interval (0, 1). */
    static double open01(SplittableRandom random) {
        return ((random.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }

    static double gaussian(SplittableRandom random) {
        double u = open01(random);
        double v = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }

    /** A standard Gumbel draw: {@code -log(-log U)}. */
    static double gumbel(SplittableRandom random) {
        return -StrictMath.log(-StrictMath.log(open01(random)));
    }

    static double exponential(SplittableRandom random) {
        return -StrictMath.log(open01(random));
    }

    static void shuffle(int[] values, int length, SplittableRandom random) {
        for (int i = length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
