package io.towerlab.core.data.generate;

/**
 * The size of a generated search log, written to {@code reference.json}.
 *
 * @param intents             distinct intents issued in training
 * @param trainQueries        distinct query strings with a training click
 * @param validQueries        distinct query strings of the validation part (each with a fresh typo)
 * @param testQueries         distinct query strings of the test part (each with a fresh typo)
 * @param trainClickTypoShare share of training clicks whose query holds a (common) misspelling
 * @param trainQueryTypoShare share of distinct training queries that hold a misspelling
 */
public record SearchShape(int queries, int documents, int categories, int intents, int clicks, int trainClicks,
                          int validClicks, int testClicks, int trainQueries, int validQueries, int testQueries,
                          double trainClickTypoShare, double trainQueryTypoShare) {
}
