package io.towerlab.core.data.generate;

import io.towerlab.core.data.SplitRole;
import io.towerlab.core.data.split.SplitOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a synthetic text search log ({@link SearchSettings} describes the model): documents with
 * titles and descriptions from category vocabularies, and clicks of queries that are noisy word
 * subsets of titles (synonyms, plural/singular, misspellings), with a predefined split whose valid and
 * test queries are intents seen in training spelled with typos that occur nowhere in training. The
 * same settings give byte-identical files on every machine.
 */
public final class SearchLogGenerator {
    private static final double TRAIN_SPAN = 0.85;
    private static final double VALID_SPAN = 0.075;

    private final ReferenceMetrics reference;

    /** A generator that writes the oracle's and the popularity baseline's metrics to {@code reference.json}. */
    public SearchLogGenerator(ReferenceMetrics reference) {
        this.reference = reference;
    }

    /** A generator whose {@code reference.json} holds the settings and shape only (no evaluation engine). */
    public SearchLogGenerator() {
        this(null);
    }

    public SearchLog generate(SearchSettings settings, Path folder) throws IOException {
        Files.createDirectories(folder);
        SearchCatalogue catalogue = new SearchCatalogue(SearchVocabulary.standard(), settings.documents(),
                settings.popularitySpread(), settings.seed());
        SearchIntents intents = new SearchIntents(catalogue, settings);
        QueryForms forms = new QueryForms(catalogue, settings);
        SearchRows rows = new SearchRows();
        boolean[] trained = train(settings, intents, forms, rows);
        Set<String> seen = new HashSet<>(forms.commonTyposMade());
        for (int r = 0; r < rows.size; r++) {
            seen.addAll(Arrays.asList(rows.texts.get(rows.query[r]).split(" ")));
        }
        long validStart = settings.startTime() + (long) (TRAIN_SPAN * settings.spanSeconds());
        long testStart = validStart + (long) (VALID_SPAN * settings.spanSeconds());
        heldOut(settings, intents, forms, rows, trained, seen, SplitRole.VALID, settings.validQueries(), validStart,
                testStart);
        heldOut(settings, intents, forms, rows, trained, seen, SplitRole.TEST, settings.testQueries(), testStart,
                settings.startTime() + settings.spanSeconds());
        SearchLog log = SearchFiles.write(settings, catalogue, intents, rows, folder, trained);
        SearchReference measured = reference == null
                ? new SearchReference(settings, log.shape(), null, 0, null, null)
                : measure(log);
        DatasetFiles.writeJson(measured, folder.resolve(DatasetFiles.REFERENCE));
        return log;
    }

    private SearchReference measure(SearchLog log) {
        ReferenceMetrics.Measured m = reference.measure(log.dataset(),
                SplitOptions.predefined(), log.oracleDimension(), log.oracleQueries(),
                log.oracleDocuments());
        return new SearchReference(log.settings(), log.shape(), SplitOptions.predefined(),
                m.evaluatedQueries(), m.oracle(), m.popularity());
    }

    /** The training clicks; returns which intents were issued. */
    private static boolean[] train(SearchSettings settings, SearchIntents intents, QueryForms forms,
                                   SearchRows rows) {
        SplittableRandom random = Seeds.stream(settings.seed(), Seeds.SEARCH_CLICKS, 0);
        boolean[] trained = new boolean[intents.size()];
        double gap = TRAIN_SPAN * settings.spanSeconds() / settings.trainClicks();
        for (int i = 0; i < settings.trainClicks(); i++) {
            int intent = intents.draw(random);
            String[] words = forms.correctlySpelled(intents.get(intent).words(), random);
            boolean typo = false;
            if (random.nextDouble() < settings.typoRate()) {
                List<Integer> positions = QueryForms.typoPositions(words);
                if (!positions.isEmpty()) {
                    int p = positions.get(random.nextInt(positions.size()));
                    List<String> common = forms.commonTypos(words[p]);
                    String[] misspelled = words.clone();
                    misspelled[p] = common.isEmpty() ? words[p] : common.get(random.nextInt(common.size()));
                    int owner = rows.ownerOf(String.join(" ", misspelled));
                    if (!common.isEmpty() && (owner < 0 || owner == intent)) {
                        words = misspelled;
                        typo = true;
                    }
                }
            }
            int q = rows.register(String.join(" ", words), intent, typo);
            long time = settings.startTime() + (long) (i * gap) + random.nextInt((int) Math.max(1, gap));
            rows.add(q, intents.click(intent, random), time, SplitRole.TRAIN);
            trained[intent] = true;
        }
        return trained;
    }

    /**
     * Held-out queries of one part: intents seen in training, drawn by the square root of their
     * frequency (so the tail is represented), each spelled with one or two fresh typos unseen so far.
     */
    private static void heldOut(SearchSettings settings, SearchIntents intents, QueryForms forms, SearchRows rows,
                                boolean[] trained, Set<String> seen, SplitRole role, int count, long from, long to) {
        SplittableRandom random = Seeds.stream(settings.seed(), Seeds.SEARCH_HELD_OUT, role.ordinal());
        double[] weights = new double[intents.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = trained[i] ? StrictMath.sqrt(intents.get(i).weight()) : 0;
        }
        double[] cumulative = SearchIntents.cumulate(weights);
        double gap = (double) (to - from) / Math.max(1, count);
        int made = 0;
        for (int attempt = 0; made < count && attempt < 100 * count; attempt++) {
            int intent = SearchIntents.pick(cumulative, random);
            String[] words = forms.correctlySpelled(intents.get(intent).words(), random);
            List<Integer> positions = new ArrayList<>(QueryForms.typoPositions(words));
            if (positions.isEmpty()) {
                continue;
            }
            int typos = positions.size() >= 2 && random.nextDouble() < settings.secondTypoRate() ? 2 : 1;
            List<String> fresh = new ArrayList<>();
            for (int t = 0; t < typos; t++) {
                int p = positions.remove(random.nextInt(positions.size()));
                String typo = forms.freshTypo(words[p], seen, random);
                if (typo == null) {
                    break;
                }
                words[p] = typo;
                fresh.add(typo);
            }
            String text = String.join(" ", words);
            if (fresh.size() < typos || rows.contains(text)) {
                continue;
            }
            seen.addAll(fresh);
            int q = rows.register(text, intent, true);
            int clicks = 1 + random.nextInt(settings.maxHeldOutClicks());
            long time = from + (long) (made * gap);
            Set<Integer> clicked = new HashSet<>();
            for (int c = 0; c < clicks; c++) {
                int d = intents.click(intent, random);
                if (clicked.add(d)) {
                    rows.add(q, d, time + c, role);
                }
            }
            made++;
        }
    }
}
