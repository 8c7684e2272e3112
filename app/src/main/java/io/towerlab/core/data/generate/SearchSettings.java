package io.towerlab.core.data.generate;

/**
 * Every knob of the synthetic search-log generator ({@link SearchLogGenerator}); written to
 * {@code reference.json}.
 *
 * <p>The planted model: a document of category k has a title of category-k words and a log-popularity
 * drawn from N(0, {@code popularitySpread}²). An intent is a set of 1–4 words of one document's title;
 * intents are issued with log-normal frequencies (log-spread {@code intentSpread}, head and tail).
 * An issued intent clicks document d with probability softmax over d of
 * {@code titleWeight} · (share of the intent's words in d's title)
 * + {@code descriptionWeight} · (share in d's description) + {@code categoryWeight} · [same category]
 * + {@code beta} · logpop_d. Its text is the intent's words, each replaced by its synonym with
 * probability {@code synonymRate} or else its number flipped with probability {@code pluralRate};
 * with probability {@code typoRate} one word is replaced by one of its {@code commonTyposPerWord}
 * common misspellings. Valid and test queries are intents seen in training, spelled with fresh typos
 * (two words with probability {@code secondTypoRate}) that occur nowhere in training, each with
 * 1–{@code maxHeldOutClicks} clicks.
 */
public record SearchSettings(String preset, long seed, int documents, int intents, int trainClicks,
                             int validQueries, int testQueries, int maxHeldOutClicks, double intentSpread,
                             double popularitySpread, double titleWeight, double descriptionWeight,
                             double categoryWeight, double beta, double synonymRate, double pluralRate,
                             double typoRate, int commonTyposPerWord, double secondTypoRate, long startTime,
                             long spanSeconds) {

    public static final String SEARCH_SMALL = "search-small";
    private static final long START_2024 = 1_704_067_200L;
    private static final long DAY = 86_400L;

    public SearchSettings {
        if (documents <= 0 || intents <= 0 || trainClicks <= 0 || validQueries < 0 || testQueries < 0) {
            throw new IllegalArgumentException("documents, intents and trainClicks must be > 0");
        }
        if (maxHeldOutClicks < 1 || commonTyposPerWord < 1) {
            throw new IllegalArgumentException("maxHeldOutClicks and commonTyposPerWord must be >= 1");
        }
    }

    /** The {@code search-small} preset: 500 documents, about 5k distinct queries and 40k clicks. */
    public static SearchSettings searchSmall(long seed) {
        return new SearchSettings(SEARCH_SMALL, seed, 500, 1_000, 36_000, 500, 1_000, 3, 1.3, 1.0, 5.0, 1.5, 1.5,
                0.7, 0.2, 0.15, 0.1, 2, 0.3, START_2024, 60 * DAY);
    }

    /** A copy with other sizes, for tests; the click model stays. */
    public SearchSettings withSizes(int newDocuments, int newIntents, int newTrainClicks, int newValid, int newTest) {
        return new SearchSettings(preset, seed, newDocuments, newIntents, newTrainClicks, newValid, newTest,
                maxHeldOutClicks, intentSpread, popularitySpread, titleWeight, descriptionWeight, categoryWeight,
                beta, synonymRate, pluralRate, typoRate, commonTyposPerWord, secondTypoRate, startTime, spanSeconds);
    }

    public SearchSettings withSeed(long newSeed) {
        return new SearchSettings(preset, newSeed, documents, intents, trainClicks, validQueries, testQueries,
                maxHeldOutClicks, intentSpread, popularitySpread, titleWeight, descriptionWeight, categoryWeight,
                beta, synonymRate, pluralRate, typoRate, commonTyposPerWord, secondTypoRate, startTime, spanSeconds);
    }
}
