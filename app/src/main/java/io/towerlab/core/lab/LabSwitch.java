package io.towerlab.core.lab;

import java.util.Locale;
import java.util.Optional;

/**
 * A setting of the loss lab that can change between batches, the spec field it writes, and what it
 * does in one line. Lessons name switches by {@link #key()}.
 */
public enum LabSwitch {
    LOSS("loss", "loss.type",
            "Which loss: fps scores every pair of the batch; softmax, pairce and triplet score 1 positive against K sampled negatives."),
    TEMPERATURE("temperature", "similarity.temperature",
            "τ divides every score: a small τ sharpens each row's softmax, so the hardest negatives carry the gradient."),
    LEARN_TEMPERATURE("learnTemperature", "similarity.learnTemperature",
            "Learn 1/τ as a parameter, as CLIP does (starting at the τ above, capped at the largest logit scale)."),
    SIMILARITY("similarity", "similarity.type",
            "Cosine compares directions only (|score| ≤ 1/τ); dot also counts vector lengths, which popular items grow."),
    SYMMETRIC("symmetric", "loss.symmetric",
            "FPS: also take the softmax down each column (document → query) and average both directions, as CLIP does."),
    LOG_Q("logQ", "loss.logQ",
            "FPS: subtract log Q(d) from each column, since popular documents are in-batch negatives more often than they should be."),
    MASK_ACCIDENTAL_HITS("maskAccidentalHits", "loss.maskAccidentalHits",
            "FPS: a document clicked twice in one batch is not its own negative; its duplicate cells are left out of the softmax."),
    NEGATIVES("negatives", "negatives.count",
            "K, the sampled negatives per row of softmax, pairce and triplet: more negatives give a harder, less noisy comparison."),
    SAMPLER("sampler", "negatives.sampler",
            "Where sampled negatives come from: uniform over the catalogue, by popularity^α, or the model's own top-ranked mistakes (hard)."),
    WEIGHT_DECAY("weightDecay", "optimizer.weightDecay",
            "Shrinks every weight a little each step; with dot similarity it keeps vector lengths, and so scores, bounded.");

    private final String key;
    private final String specPath;
    private final String explanation;

    LabSwitch(String key, String specPath, String explanation) {
        this.key = key;
        this.specPath = specPath;
        this.explanation = explanation;
    }

    /** The name lessons use, e.g. {@code logQ}. */
    public String key() {
        return key;
    }

    /** The spec field it sets, e.g. {@code loss.logQ}. */
    public String specPath() {
        return specPath;
    }

    public String explanation() {
        return explanation;
    }

    /** True for the switches that only the FPS loss reads. */
    public boolean fpsOnly() {
        return this == SYMMETRIC || this == LOG_Q || this == MASK_ACCIDENTAL_HITS;
    }

    /** True for the switches that only the sampled losses read. */
    public boolean sampledOnly() {
        return this == NEGATIVES || this == SAMPLER;
    }

    public static Optional<LabSwitch> byKey(String key) {
        for (LabSwitch s : values()) {
            if (s.key.equals(key) || s.key.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Every key, for error messages. */
    public static String keys() {
        return String.join(", ", java.util.Arrays.stream(values()).map(LabSwitch::key).toList());
    }
}
