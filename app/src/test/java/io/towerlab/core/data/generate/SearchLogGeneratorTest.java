package io.towerlab.core.data.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.Interactions;
import io.towerlab.core.data.SplitRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchLogGeneratorTest {
    private static final SearchSettings SMALL = SearchSettings.searchSmall(5).withSizes(200, 300, 6_000, 100, 200);
    private static final List<String> FILES = List.of("interactions.csv", "documents.csv", "queries.csv",
            "dataset.json", "reference.json");

    @TempDir
    static Path tmp;
    static SearchLog log;

    @BeforeAll
    static void generate() throws IOException {
        log = new SearchLogGenerator().generate(SMALL, tmp.resolve("a"));
    }

    private static String[] texts() {
        return log.dataset().queryFeatures().text().get("text").values();
    }

    private static Set<String> tokens(SplitRole role) {
        Interactions rows = log.dataset().interactions();
        Set<String> out = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.predefinedRole(r) == role) {
                out.addAll(Arrays.asList(texts()[rows.query(r)].split(" ")));
            }
        }
        return out;
    }

    @Test
    void everyHeldOutQueryHoldsAMisspellingThatNoTrainingQueryUses() {
        Set<String> train = tokens(SplitRole.TRAIN);
        Set<String> valid = tokens(SplitRole.VALID);
        QueryForms forms = new QueryForms(new SearchCatalogue(SearchVocabulary.standard(), SMALL.documents(),
                SMALL.popularitySpread(), SMALL.seed()), SMALL);
        Interactions rows = log.dataset().interactions();
        int heldOut = 0;
        for (int r = 0; r < rows.size(); r++) {
            SplitRole role = rows.predefinedRole(r);
            if (role == SplitRole.TRAIN) {
                continue;
            }
            heldOut++;
            List<String> unseen = Arrays.stream(texts()[rows.query(r)].split(" "))
                    .filter(t -> !train.contains(t) && !forms.isCorrect(t)).toList();
            assertThat(unseen).as(texts()[rows.query(r)]).isNotEmpty();
            if (role == SplitRole.TEST) {
                assertThat(unseen).as("test typos are not in validation either").noneMatch(valid::contains);
            }
        }
        assertThat(heldOut).isGreaterThan(SMALL.validQueries() + SMALL.testQueries());
    }

    @Test
    void heldOutQueriesHaveNoTrainingRowsAndStandForIntentsSeenInTraining() {
        Interactions rows = log.dataset().interactions();
        Set<Integer> trainQueries = new HashSet<>();
        Map<Integer, Set<SplitRole>> roles = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            roles.computeIfAbsent(rows.query(r), q -> new HashSet<>()).add(rows.predefinedRole(r));
            if (rows.predefinedRole(r) == SplitRole.TRAIN) {
                trainQueries.add(rows.query(r));
            }
        }
        assertThat(roles.values()).allMatch(set -> set.size() == 1);
        assertThat(log.shape().testQueries()).isEqualTo(SMALL.testQueries());
        assertThat(log.shape().validQueries()).isEqualTo(SMALL.validQueries());
        Set<String> trainVectors = new HashSet<>();
        for (int q : trainQueries) {
            trainVectors.add(Arrays.toString(oracleRow(q)));
        }
        for (int q = 0; q < log.dataset().queryCount(); q++) {
            assertThat(trainVectors).as("intent of %s", texts()[q]).contains(Arrays.toString(oracleRow(q)));
        }
    }

    private static float[] oracleRow(int q) {
        int dim = log.oracleDimension();
        return Arrays.copyOfRange(log.oracleQueries(), q * dim, (q + 1) * dim);
    }

    @Test
    void popularQueriesRepeatWithDifferentClicksAndMostQueriesAreRare() {
        Interactions rows = log.dataset().interactions();
        Map<Integer, Set<Integer>> clicked = new HashMap<>();
        int[] perQuery = new int[log.dataset().queryCount()];
        for (int r = 0; r < rows.size(); r++) {
            clicked.computeIfAbsent(rows.query(r), q -> new HashSet<>()).add(rows.document(r));
            perQuery[rows.query(r)]++;
        }
        assertThat(clicked.values().stream().filter(set -> set.size() >= 3).count()).isGreaterThan(50);
        int[] sorted = perQuery.clone();
        Arrays.sort(sorted);
        long top = Arrays.stream(sorted, sorted.length - sorted.length / 100, sorted.length).sum();
        assertThat(top / (double) rows.size()).as("share of the top 1% of queries").isGreaterThan(0.1);
        assertThat(Arrays.stream(perQuery).filter(n -> n == 1).count()).isGreaterThan(perQuery.length / 4);
    }

    @Test
    void trainingQueriesAreMostlyWordsOfTheClickedTitleAndSomeAreMisspelled() {
        ClickDataset data = log.dataset();
        String[] titles = data.documentFeatures().text().get("title").values();
        Interactions rows = data.interactions();
        int sharing = 0;
        int train = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (rows.predefinedRole(r) != SplitRole.TRAIN) {
                continue;
            }
            train++;
            Set<String> title = new HashSet<>(Arrays.asList(titles[rows.document(r)].toLowerCase().split(" ")));
            if (Arrays.stream(texts()[rows.query(r)].split(" ")).anyMatch(title::contains)) {
                sharing++;
            }
        }
        assertThat(sharing / (double) train).isBetween(0.5, 0.95);
        assertThat(log.shape().trainClickTypoShare()).isBetween(0.05, 0.15);
        assertThat(log.shape().trainQueryTypoShare()).isGreaterThan(log.shape().trainClickTypoShare());
    }

    @Test
    void sameSeedGivesByteIdenticalFilesAndAnotherSeedOtherClicks() throws IOException {
        new SearchLogGenerator().generate(SMALL, tmp.resolve("b"));
        for (String file : FILES) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(file)));
        }
        new SearchLogGenerator().generate(SMALL.withSeed(6), tmp.resolve("c"));
        assertThat(Files.readString(tmp.resolve("c/interactions.csv")))
                .isNotEqualTo(Files.readString(tmp.resolve("a/interactions.csv")));
    }

    @Test
    void queryIdsAreTheFnvHashOfTheText() {
        assertThat(SearchRows.idOf("a")).isEqualTo("qaf63dc4c8601");
        assertThat(SearchRows.idOf("")).isEqualTo("qcbf29ce48422");
        assertThat(log.dataset().queries().idOf(0)).isEqualTo(SearchRows.idOf(texts()[0]));
    }
}
