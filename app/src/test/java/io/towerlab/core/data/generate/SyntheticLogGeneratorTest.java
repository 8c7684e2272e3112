package io.towerlab.core.data.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.towerlab.core.data.DatasetManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticLogGeneratorTest {
    private static final long SEED = 7;

    @TempDir
    static Path folder;
    static GeneratorSettings settings;
    static GeneratedLog log;
    static LatentWorld world;
    static long[][] rows;

    @BeforeAll
    static void generateMoviesSmall() throws IOException {
        settings = GeneratorPreset.MOVIES_SMALL.settings(SEED);
        log = new SyntheticLogGenerator().generate(settings, folder);
        world = LatentWorld.create(settings);
        rows = readInteractions(folder.resolve("interactions.csv"));
    }

    static long[][] readInteractions(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("user_id,item_id,relevance,timestamp");
        return lines.stream().skip(1).map(line -> Arrays.stream(line.split(",")).mapToLong(Long::parseLong).toArray())
                .toArray(long[][]::new);
    }

    @Test
    void countsAreWithinThePresetsRanges() throws IOException {
        assertThat(log.queryCount()).isEqualTo(2_000);
        assertThat(log.documentCount()).isEqualTo(1_000);
        assertThat(rows.length).isEqualTo((int) log.interactionCount()).isBetween(55_000, 66_000);
        assertThat(Files.readAllLines(folder.resolve("documents.csv"))).hasSize(1_001);
        assertThat(Files.readAllLines(folder.resolve("queries.csv"))).hasSize(2_001);
        int[] perUser = new int[2_001];
        Set<Long> pairs = new HashSet<>();
        for (long[] row : rows) {
            perUser[(int) row[0]]++;
            assertThat(row[2]).isEqualTo(1);
            assertThat(pairs.add(row[0] * 10_000 + row[1])).as("user %d clicks item %d once", row[0], row[1]).isTrue();
        }
        assertThat(Arrays.stream(perUser).skip(1).min().getAsInt()).isGreaterThanOrEqualTo(settings.minClicks());
    }

    @Test
    void timestampsIncreasePerUserAndInterleaveAcrossUsers() {
        long latestFirstClick = Long.MIN_VALUE;
        long earliestLastClick = Long.MAX_VALUE;
        for (int i = 0; i < rows.length; i++) {
            boolean first = i == 0 || rows[i - 1][0] != rows[i][0];
            boolean last = i == rows.length - 1 || rows[i + 1][0] != rows[i][0];
            if (!first) {
                assertThat(rows[i][3]).isGreaterThan(rows[i - 1][3]);
            } else {
                latestFirstClick = Math.max(latestFirstClick, rows[i][3]);
            }
            if (last) {
                earliestLastClick = Math.min(earliestLastClick, rows[i][3]);
            }
        }
        assertThat(earliestLastClick).as("some user ends before another starts: time interleaves")
                .isLessThan(latestFirstClick);
    }

    @Test
    void usersClickTheirClosestCategoriesFarAboveChance() {
        long inTopThree = 0;
        for (long[] row : rows) {
            int q = (int) row[0] - 1;
            int k = world.documentCategory[(int) row[1] - 1];
            int better = 0;
            double mine = centroidAffinity(q, k);
            for (int other = 0; other < settings.categories(); other++) {
                better += centroidAffinity(q, other) > mine ? 1 : 0;
            }
            inTopThree += better < 3 ? 1 : 0;
        }
        double chance = 3.0 / settings.categories();
        assertThat(inTopThree / (double) rows.length).isGreaterThan(4 * chance);
    }

    private static double centroidAffinity(int q, int k) {
        double dot = 0;
        for (int i = 0; i < world.dimension; i++) {
            dot += world.queryVectors[q * world.dimension + i] * world.centroids[k * world.dimension + i];
        }
        return dot;
    }

    @Test
    void segmentsPredictTheFamilyOfClickedCategories() throws IOException {
        List<String> queries = Files.readAllLines(folder.resolve("queries.csv"));
        List<String> documents = Files.readAllLines(folder.resolve("documents.csv"));
        long sameFamily = 0;
        for (long[] row : rows) {
            int segment = Integer.parseInt(queries.get((int) row[0]).split(",")[1].substring(4)) - 1;
            int category = Integer.parseInt(documents.get((int) row[1]).split(",")[1].substring(4)) - 1;
            sameFamily += category % settings.families() == segment ? 1 : 0;
        }
        assertThat(sameFamily / (double) rows.length).isGreaterThan(2.5 / settings.families());
    }

    @Test
    void popularityIsHeavyTailed() {
        int[] clicks = new int[settings.documents()];
        for (long[] row : rows) {
            clicks[(int) row[1] - 1]++;
        }
        int[] sorted = Arrays.stream(clicks).sorted().toArray();
        long topTenth = 0;
        long topHundredth = 0;
        for (int i = 0; i < sorted.length / 10; i++) {
            topTenth += sorted[sorted.length - 1 - i];
            topHundredth += i < sorted.length / 100 ? sorted[sorted.length - 1 - i] : 0;
        }
        assertThat(topTenth / (double) rows.length).as("share of the top 10%% of documents").isGreaterThan(0.3);
        assertThat(topHundredth / (double) rows.length).as("share of the top 1%% of documents").isGreaterThan(0.04);
    }

    @Test
    void everyTitleHoldsAWordOfItsCategory() throws IOException {
        TitleMaker titles = new TitleMaker(settings.categories(), SEED);
        List<String> documents = Files.readAllLines(folder.resolve("documents.csv"));
        assertThat(documents.get(0)).isEqualTo("item_id,category,title");
        for (String line : documents.subList(1, documents.size())) {
            String[] cells = line.split(",");
            int k = Integer.parseInt(cells[1].substring(4)) - 1;
            Set<String> words = new HashSet<>(List.of(cells[2].toLowerCase(Locale.ROOT).split(" ")));
            words.retainAll(List.of(titles.wordsOf(k)));
            assertThat(words).as(line).isNotEmpty();
        }
    }

    @Test
    void manifestNamesTheFilesAndColumns() throws IOException {
        DatasetManifest manifest = new ObjectMapper().readValue(folder.resolve("dataset.json").toFile(),
                DatasetManifest.class);
        assertThat(manifest.format()).isEqualTo("towerlab-dataset/1");
        assertThat(manifest.interactions().file()).isEqualTo("interactions.csv");
        assertThat(manifest.documents().categorical()).containsExactly("category");
        assertThat(manifest.documents().text()).containsExactly("title");
        assertThat(manifest.queries().categorical()).containsExactly("segment");
    }

    @Test
    void oracleVectorsReproduceTheTrueAffinity() {
        int dim = log.oracleDimension();
        for (int q = 0; q < 5; q++) {
            for (int d = 0; d < 5; d++) {
                double dot = 0;
                for (int i = 0; i < dim; i++) {
                    dot += log.oracleQueries()[q * dim + i] * log.oracleDocuments()[d * dim + i];
                }
                assertThat(dot).isCloseTo(world.affinity(q, d), org.assertj.core.data.Offset.offset(1e-3));
            }
        }
        assertThat(log.dataset().interactionCount()).isEqualTo(rows.length);
    }
}
