package io.towerlab.core.data.generate;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The named sizes of synthetic data. All share the noise settings calibrated on {@code movies-small}
 * (see {@code sample-data/README.md}): temperature 0.2, document noise 0.5, query noise 0.3,
 * log-popularity spread 1.4 with beta 1.
 */
public enum GeneratorPreset {
    /** About 2k queries × 1k documents × 60k clicks: trains in seconds; shipped as sample data. */
    MOVIES_SMALL("movies-small", 2_000, 1_000, 20, 5, 31),
    /** About 20k queries × 10k documents × 1M clicks. */
    MOVIES("movies", 20_000, 10_000, 60, 10, 50),
    /** About 200k queries × 1M documents × 20M clicks, for scale tests; streamed to disk. */
    LARGE("large", 200_000, 1_000_000, 1_000, 50, 100);

    private static final long START_2024 = 1_704_067_200L;
    private static final long DAY = 86_400L;

    private final String id;
    private final int queries;
    private final int documents;
    private final int categories;
    private final int families;
    private final double meanClicks;

    GeneratorPreset(String id, int queries, int documents, int categories, int families, double meanClicks) {
        this.id = id;
        this.queries = queries;
        this.documents = documents;
        this.categories = categories;
        this.families = families;
        this.meanClicks = meanClicks;
    }

    public String id() {
        return id;
    }

    public GeneratorSettings settings(long seed) {
        return new GeneratorSettings(id, seed, queries, documents, categories, families, 32, meanClicks, 0.5, 5,
                0.25, 0.5, 0.5, 0.3, 3, 0.6, 0.2, 1.4, 1.0, 0.8, START_2024, 180 * DAY, DAY, 50_000);
    }

    /** Finds a preset by its name ({@code movies-small}); the message lists the names when none matches. */
    public static GeneratorPreset byId(String id) {
        for (GeneratorPreset preset : values()) {
            if (preset.id.equalsIgnoreCase(id) || preset.name().equalsIgnoreCase(id)) {
                return preset;
            }
        }
        throw new IllegalArgumentException("unknown preset '" + id + "': choose one of "
                + Arrays.stream(values()).map(GeneratorPreset::id).collect(Collectors.joining(", "))
                + ", " + SearchSettings.SEARCH_SMALL);
    }
}
