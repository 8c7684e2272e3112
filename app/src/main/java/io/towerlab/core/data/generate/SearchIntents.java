package io.towerlab.core.data.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What searchers want: intents (1–4 canonical words of one document's title, always with a noun)
 * with log-normal frequencies, and the click model. The true relevance of document d to intent I is
 * the dot product of the oracle vectors [onehot(I) / |I|, onehot(cat_I), 1] and
 * [titleWeight · title_d + descriptionWeight · description_d, categoryWeight · onehot(cat_d),
 * beta · logpop_d]; a click on I draws d from its softmax.
 */
final class SearchIntents {
    private static final double[] LENGTH_SHARES = {0.3, 0.4, 0.2, 0.1};

    /** One intent: its category, its canonical words in title order, its relative frequency. */
    record Intent(int category, String[] words, double weight) {
    }

    final SearchCatalogue catalogue;
    final List<Intent> intents = new ArrayList<>();
    final int dimension;
    final float[] documentVectors;
    private final double[] intentCumulative;
    private final double[][] clickCumulative;

    SearchIntents(SearchCatalogue catalogue, SearchSettings settings) {
        this.catalogue = catalogue;
        int words = catalogue.wordIndex.size();
        dimension = words + catalogue.categories() + 1;
        documentVectors = documentVectors(catalogue, settings, words);
        SplittableRandom random = Seeds.stream(settings.seed(), Seeds.SEARCH_INTENTS, 0);
        double[] popularity = new double[catalogue.documents()];
        for (int d = 0; d < popularity.length; d++) {
            popularity[d] = StrictMath.exp(catalogue.logPopularity[d]);
        }
        double[] byPopularity = cumulate(popularity);
        Set<String> seen = new HashSet<>();
        for (int attempt = 0; intents.size() < settings.intents() && attempt < 50 * settings.intents(); attempt++) {
            int d = pick(byPopularity, random);
            String[] chosen = subset(catalogue.titleWords[d], random);
            String[] key = chosen.clone();
            Arrays.sort(key);
            if (seen.add(String.join(" ", key))) {
                intents.add(new Intent(catalogue.category[d], chosen,
                        StrictMath.exp(settings.intentSpread() * Seeds.gaussian(random))));
            }
        }
        intentCumulative = cumulate(intents.stream().mapToDouble(Intent::weight).toArray());
        clickCumulative = new double[intents.size()][];
    }

    private static float[] documentVectors(SearchCatalogue c, SearchSettings s, int words) {
        int dim = words + c.categories() + 1;
        float[] out = new float[c.documents() * dim];
        for (int d = 0; d < c.documents(); d++) {
            for (String w : c.descriptionWords[d]) {
                out[d * dim + c.wordIndex.get(w)] = (float) s.descriptionWeight();
            }
            for (String w : c.titleWords[d]) {
                out[d * dim + c.wordIndex.get(w)] += (float) s.titleWeight();
            }
            out[d * dim + words + c.category[d]] = (float) s.categoryWeight();
            out[d * dim + dim - 1] = (float) (s.beta() * c.logPopularity[d]);
        }
        return out;
    }

    /** Up to 4 words of a title in title order, one of them a noun. */
    private String[] subset(String[] title, SplittableRandom random) {
        double u = random.nextDouble();
        int length = 1;
        double share = LENGTH_SHARES[0];
        while (u >= share && length < LENGTH_SHARES.length) {
            share += LENGTH_SHARES[length];
            length++;
        }
        length = Math.min(length, title.length);
        List<Integer> nounPositions = new ArrayList<>();
        for (int i = 0; i < title.length; i++) {
            if (catalogue.nouns.contains(title[i])) {
                nounPositions.add(i);
            }
        }
        boolean[] keep = new boolean[title.length];
        keep[nounPositions.get(random.nextInt(nounPositions.size()))] = true;
        for (int kept = 1; kept < length; ) {
            int i = random.nextInt(title.length);
            if (!keep[i]) {
                keep[i] = true;
                kept++;
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < title.length; i++) {
            if (keep[i]) {
                out.add(title[i]);
            }
        }
        return out.toArray(String[]::new);
    }

    int size() {
        return intents.size();
    }

    Intent get(int i) {
        return intents.get(i);
    }

    /** An intent drawn by frequency. */
    int draw(SplittableRandom random) {
        return pick(intentCumulative, random);
    }

    /** The oracle vector of intent i, {@link #dimension} values. */
    float[] queryVector(int i) {
        Intent intent = intents.get(i);
        float[] v = new float[dimension];
        for (String w : intent.words()) {
            v[catalogue.wordIndex.get(w)] = 1f / intent.words().length;
        }
        v[catalogue.wordIndex.size() + intent.category()] = 1f;
        v[dimension - 1] = 1f;
        return v;
    }

    /** A document clicked by intent i, drawn from the softmax of the true relevance. */
    int click(int i, SplittableRandom random) {
        if (clickCumulative[i] == null) {
            float[] q = queryVector(i);
            int n = catalogue.documents();
            double[] score = new double[n];
            double max = Double.NEGATIVE_INFINITY;
            for (int d = 0; d < n; d++) {
                double s = 0;
                for (int k = 0; k < dimension; k++) {
                    s += q[k] * documentVectors[d * dimension + k];
                }
                score[d] = s;
                max = Math.max(max, s);
            }
            for (int d = 0; d < n; d++) {
                score[d] = StrictMath.exp(score[d] - max);
            }
            clickCumulative[i] = cumulate(score);
        }
        return pick(clickCumulative[i], random);
    }

    static double[] cumulate(double[] weights) {
        double[] sums = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }

    static int pick(double[] sums, SplittableRandom random) {
        double target = random.nextDouble() * sums[sums.length - 1];
        int low = 0;
        int high = sums.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sums[mid] <= target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
