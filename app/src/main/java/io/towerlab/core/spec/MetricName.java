package io.towerlab.core.spec;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A metric as named in a spec: {@code recall@K}, {@code hitrate@K}, {@code ndcg@K}, {@code coverage@K} for a
 * cut-off K, {@code mrr}, or {@code loss} (the validation loss, the only one where lower is better).
 */
public record MetricName(String family, OptionalInt k) {

    /** The forms a metric name may take, as listed in error messages and the registry. */
    public static final List<String> FORMS = List.of("recall@K", "hitrate@K", "ndcg@K", "coverage@K", "mrr", "loss");

    private static final List<String> WITH_K = List.of("recall", "hitrate", "ndcg", "coverage");

    /** Parses {@code recall@50}, {@code mrr}, ...; empty when the text is not a metric name. */
    public static Optional<MetricName> parse(String text) {
        int at = text.indexOf('@');
        if (at < 0) {
            return text.equals("mrr") || text.equals("loss")
                    ? Optional.of(new MetricName(text, OptionalInt.empty())) : Optional.empty();
        }
        String family = text.substring(0, at);
        String digits = text.substring(at + 1);
        if (!WITH_K.contains(family) || digits.isEmpty() || digits.length() > 6
                || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(new MetricName(family, OptionalInt.of(Integer.parseInt(digits))));
    }

    public boolean higherIsBetter() {
        return !family.equals("loss");
    }

    @Override
    public String toString() {
        return k.isPresent() ? family + "@" + k.getAsInt() : family;
    }
}
