package io.towerlab.core.spec;

import java.util.List;

/**
 * The definitions behind {@link HyperparameterRegistry#standard()}: every key, default, range and help text of
 * the experiment spec, in the order of the spec's sections.
 *
 * <p>The defaults are the CLIP-style recipe that trains well on click data without tuning: cosine similarity
 * with τ = 0.05, the in-batch FPS loss, Adam at 1e-3, batches of 1024. Cosine rather than dot because the
 * default has no weight decay (DESIGN.md §1: the dot product is left unnormalised only when a regulariser
 * keeps the vectors in check). With {@code dot}, set τ near 1.
 */
final class StandardHyperparameters {

    static final String DSSM = "https://www.microsoft.com/en-us/research/publication/learning-deep-structured-semantic-models-for-web-search-using-clickthrough-data/";
    static final String CLIP = "https://arxiv.org/abs/2103.00020";
    static final String LOGQ = "https://doi.org/10.1145/3298689.3346996";
    static final String WORD2VEC = "https://arxiv.org/abs/1310.4546";
    static final String BPR = "https://arxiv.org/abs/1205.2618";
    static final String FACENET = "https://arxiv.org/abs/1503.03832";
    static final String YOUTUBE = "https://doi.org/10.1145/2959100.2959190";
    static final String EBR = "https://arxiv.org/abs/2006.11632";
    static final String ADAM = "https://arxiv.org/abs/1412.6980";
    static final String ADAMW = "https://arxiv.org/abs/1711.05101";
    static final String CLIPPING = "https://arxiv.org/abs/1211.5063";
    static final String DROPOUT = "https://jmlr.org/papers/v15/srivastava14a.html";
    static final String TRANSFORMER = "https://arxiv.org/abs/1706.03762";
    static final String SBERT = "https://arxiv.org/abs/1908.10084";

    private static final List<String> DEVICES = List.of("auto", "cpu", "gpu", "gpu:N");

    private StandardHyperparameters() {
    }

    static List<Hyperparameter> all() {
        return List.of(
                choice("data.format", "Data format", SpecEnum.names(DataFormat.class), "auto",
                        "How to read the data path; auto detects a dataset.json folder, a MovieLens folder or a CSV/TSV file.", null),
                number("data.minRelevance", "Click threshold", null, null, false, null,
                        "Rows with relevance at or above this count as clicks; leave it out to keep every row (or the rule of the dataset's manifest).", null),
                choice("data.split.type", "Split", SpecEnum.names(SplitType.class), "leave-last-out",
                        "How interactions are divided into train, validation and test.", null),
                number("data.split.validFraction", "Validation share", 0.1, 0.0, false, 0.9,
                        "Share of interactions held out for validation by the random and temporal splits.", null),
                number("data.split.testFraction", "Test share", 0.1, 0.0, false, 0.9,
                        "Share of interactions held out for testing by the random and temporal splits.", null),
                integer("data.split.minInteractions", "Minimum interactions", 3, 1.0, false, 1_000_000.0,
                        "Leave-last-out evaluates only queries with at least this many interactions; the others stay in train.", null),
                integer("data.split.seed", "Split seed", 42L, 0.0, false, null,
                        "Seed of the random split, so that a split can be repeated exactly.", null),
                integer("data.split.validFrom", "Validation from", null, null, false, null,
                        "For the temporal split: the first validation timestamp (epoch seconds) instead of a quantile.", null),
                integer("data.split.testFrom", "Test from", null, null, false, null,
                        "For the temporal split: the first test timestamp (epoch seconds) instead of a quantile.", null),

                bool("tower.normalize", "L2-normalise output", false,
                        "Scale the tower's output to unit length; cosine similarity does this anyway.", null),
                integer("inputs.id.dim", "ID embedding size", 64, 0.0, true, 4096.0,
                        "Columns of the embedding table with one row per query or document id.", DSSM),
                integer("inputs.categorical.dim", "Category embedding size", 16, 0.0, true, 4096.0,
                        "Columns of the embedding table with one row per value of the categorical column.", null),
                integer("inputs.history.dim", "History embedding size", 64, 0.0, true, 4096.0,
                        "Size of the pooled history vector; equal to the document id size when the table is shared.", YOUTUBE),
                integer("inputs.history.maxLength", "History length", 50, 0.0, true, 100_000.0,
                        "Only the most recent this-many earlier clicks of the query are pooled.", YOUTUBE),
                choice("inputs.history.pooling", "History pooling", SpecEnum.names(Pooling.class), "mean",
                        "How the embeddings of the earlier clicks become one vector.", YOUTUBE),
                bool("inputs.history.shareDocumentTable", "Share document table", true,
                        "Embed earlier clicks with the document tower's id table, so both towers learn one item space.", YOUTUBE),
                integer("inputs.trigram.buckets", "Trigram buckets", 30_000, 0.0, true, 10_000_000.0,
                        "Letter trigrams of each #word# are hashed into this many buckets (DSSM: about 30,000).", DSSM),
                integer("inputs.trigram.dim", "Trigram embedding size", 300, 0.0, true, 4096.0,
                        "Columns of the bucket table; the text is the sum of its trigrams' rows (DSSM: 300).", DSSM),
                bool("inputs.trigram.wordBigrams", "Word bigrams", false,
                        "Also hash each pair of adjacent words into the same buckets, so word order counts a little.", DSSM),
                integer("inputs.tokens.dim", "Word embedding size", 64, 0.0, true, 4096.0,
                        "Columns of the word table; the text is the mean of its words' rows.", null),
                integer("inputs.tokens.maxVocabulary", "Vocabulary size", 30_000, 0.0, true, 10_000_000.0,
                        "At most this many of the training texts' most frequent words get their own row.", null),
                integer("inputs.tokens.minCount", "Minimum word count", 2, 1.0, false, 1_000_000.0,
                        "Words seen fewer times in the training texts share the unknown-word row.", null),
                integer("inputs.tokens.maxLength", "Words per text", 32, 0.0, true, 100_000.0,
                        "Only the first this-many words of each text are read.", null),
                integer("inputs.transformer.dim", "Hidden size", 64, 0.0, true, 4096.0,
                        "Width of the word and position embeddings and of every layer; a multiple of the heads.", TRANSFORMER),
                integer("inputs.transformer.layers", "Layers", 2, 0.0, true, 48.0,
                        "Self-attention + feed-forward blocks, each with residual connections and layer norm.", TRANSFORMER),
                integer("inputs.transformer.heads", "Attention heads", 4, 0.0, true, 64.0,
                        "Parallel attention heads; the hidden size must divide by it.", TRANSFORMER),
                integer("inputs.transformer.maxLength", "Words per text", 32, 0.0, true, 4096.0,
                        "Only the first this-many words are read; also the number of learned positions.", TRANSFORMER),
                choice("inputs.transformer.pooling", "Pooling", SpecEnum.names(TextPooling.class), "mean",
                        "Mean over the words, padding excluded, or the output at a prepended [CLS] token (BERT).", TRANSFORMER),
                integer("inputs.transformer.maxVocabulary", "Vocabulary size", 30_000, 0.0, true, 10_000_000.0,
                        "At most this many of the training texts' most frequent words get their own row.", null),
                integer("inputs.transformer.minCount", "Minimum word count", 2, 1.0, false, 1_000_000.0,
                        "Words seen fewer times in the training texts share the unknown-word row.", null),
                integer("inputs.pretrained.dim", "Projection size", 128, 0.0, true, 4096.0,
                        "The pretrained model's mean-pooled output is projected to this many numbers by a dense layer.", SBERT),
                bool("inputs.pretrained.freeze", "Freeze pretrained weights", true,
                        "Keep the pretrained model fixed and train only the projection; false fine-tunes it too.", SBERT),
                integer("inputs.pretrained.maxLength", "Tokens per text", 64, 0.0, true, 4096.0,
                        "Texts are cut to this many word pieces, [CLS] and [SEP] included.", SBERT),
                integer("layers.dense.units", "Units", 64, 0.0, true, 65_536.0,
                        "Output size of the dense layer; the last dense layers of both towers must agree.", DSSM),
                choice("layers.dense.activation", "Activation", SpecEnum.names(Activation.class), "none",
                        "Non-linearity after the layer; leave the last layer of a tower linear (none).", null),
                number("layers.dropout.rate", "Dropout rate", 0.1, 0.0, false, 0.9,
                        "Probability of zeroing each value during training, against overfitting.", DROPOUT),

                choice("similarity.type", "Similarity", SpecEnum.names(SimilarityType.class), "cosine",
                        "Cosine normalises both vectors; dot keeps their lengths, which then need a regulariser.", DSSM),
                number("similarity.temperature", "Temperature τ", 0.05, 0.0, true, 100.0,
                        "Scores are similarity / τ; a small τ sharpens the softmax (0.05 for cosine, about 1 for dot).", CLIP),
                bool("similarity.learnTemperature", "Learn temperature", false,
                        "Learn the logit scale 1/τ, starting from the given τ, as CLIP does.", CLIP),
                number("similarity.maxLogitScale", "Largest logit scale", 100.0, 0.0, true, 10_000.0,
                        "Cap on a learned 1/τ (CLIP: 100), which keeps training stable.", CLIP),

                choice("loss.type", "Loss", SpecEnum.names(LossType.class), "fps",
                        "Softmax over sampled negatives, pairwise PairCE or triplet, or the in-batch full product softmax.", CLIP),
                number("loss.margin", "Triplet margin m", 0.5, 0.0, false, 100.0,
                        "Triplet only: how far in score units the positive must beat each negative (0.2–0.5 for cosine with τ = 1).", FACENET),
                bool("loss.symmetric", "Symmetric FPS", false,
                        "FPS only: also classify each document's query among the batch's queries, as CLIP does.", CLIP),
                bool("loss.logQ", "logQ correction", false,
                        "FPS only: subtract log of each document's in-batch probability, so popular documents are not over-penalised.", LOGQ),
                bool("loss.maskAccidentalHits", "Mask accidental hits", false,
                        "FPS only: a document that appears twice in a batch is not counted as its own negative.", LOGQ),

                choice("negatives.sampler", "Negative sampler", SpecEnum.names(SamplerType.class), "uniform",
                        "Where the K negatives of softmax, PairCE and triplet come from.", DSSM),
                integer("negatives.count", "Negatives K", 10, 1.0, false, 1000.0,
                        "Sampled negatives per positive; 4–20 is typical, the 2013 DSSM used 4.", DSSM),
                number("negatives.alpha", "Popularity exponent α", 0.75, 0.0, false, 1.0,
                        "The popularity sampler draws documents with probability ∝ count^α (word2vec: 0.75).", WORD2VEC),
                integer("negatives.hardPoolSize", "Hard pool size", 100, 1.0, false, 100_000.0,
                        "Hard negatives are drawn from this many top-scored non-positives of each query.", EBR),
                number("negatives.hardMix", "Hard share", 0.5, 0.0, false, 1.0,
                        "Share of the K negatives that are hard; the rest are uniform, which keeps training stable.", EBR),

                choice("optimizer.type", "Optimizer", SpecEnum.names(OptimizerType.class), "adam",
                        "Adam adapts each weight's step size; AdamW decouples weight decay; SGD uses momentum.", ADAM),
                number("optimizer.lr", "Learning rate", 0.001, 0.0, true, 10.0,
                        "Step size of the optimizer; 1e-3 suits Adam, SGD usually needs more.", ADAM),
                number("optimizer.weightDecay", "Weight decay", 0.0, 0.0, false, 1.0,
                        "Pulls weights towards zero each step; needed to keep dot-product vectors bounded.", ADAMW),
                number("optimizer.clipGradNorm", "Gradient clip norm", 0.0, 0.0, false, 1_000_000.0,
                        "Rescales the gradient when its global norm exceeds this; 0 turns clipping off.", CLIPPING),
                number("optimizer.momentum", "Momentum", 0.9, 0.0, false, 0.999,
                        "SGD only: the share of the previous step carried into the next.", null),

                integer("training.epochs", "Epochs", 10, 1.0, false, 100_000.0,
                        "Passes over the training clicks.", null),
                integer("training.batchSize", "Batch size", 1024, 1.0, false, 1_048_576.0,
                        "Clicks per step; for FPS also the number of candidates each query is scored against.", CLIP),
                integer("training.seed", "Seed", 42L, 0.0, false, null,
                        "Seeds weight initialisation, shuffling and sampling, so a CPU run can be repeated exactly.", null),
                choice("training.device", "Device", DEVICES, "auto",
                        "auto uses a GPU when one is found, else the CPU; gpu:N picks GPU number N, counting from 0.", null),
                new Hyperparameter("training.devices", "Parallel devices", null, null, null, false,
                        List.of("cpu", "gpu:N"),
                        "Split each step over these GPUs, e.g. gpu:0, gpu:1 (the first keeps the weights); cpu, cpu tries the split on the one CPU (no speed-up). Empty: training.device alone.",
                        null, ValueKind.CHOICE_LIST),
                integer("training.threads", "CPU threads", 0, 0.0, false, 1024.0,
                        "Engine threads on the CPU; 0 chooses automatically.", null),
                choice("training.earlyStopping.metric", "Early-stopping metric", MetricName.FORMS, "recall@50",
                        "The validation metric watched for improvement, e.g. recall@50 (its k must be in evaluation.ks).", null),
                integer("training.earlyStopping.patience", "Patience", 3, 1.0, false, 100_000.0,
                        "Validations without improvement before training stops.", null),

                new Hyperparameter("evaluation.ks", "Cut-offs k", List.of(10, 50, 100), 0.0, 1_000_000.0, true, List.of(),
                        "The k of recall@k, hit-rate@k, NDCG@k and coverage@k, in increasing order.", null,
                        ValueKind.INTEGER_LIST),
                integer("evaluation.validEvery", "Validate every", 1, 1.0, false, 100_000.0,
                        "Evaluate on the validation split every this many epochs.", null),
                choice("evaluation.metric", "Best-epoch metric", MetricName.FORMS, "recall@50",
                        "The validation metric that picks the best epoch, whose weights are kept.", null),

                new Hyperparameter("init.towers", "Towers to copy", null, null, null, false, InitSpec.TOWERS,
                        "Which towers take their weights from the init run (default: both); tables of another dataset are matched by original id.",
                        null, ValueKind.CHOICE_LIST),
                new Hyperparameter("init.freeze", "Frozen towers", null, null, null, false, InitSpec.TOWERS,
                        "Copied towers whose weights are not updated while fine-tuning (default: none).", null,
                        ValueKind.CHOICE_LIST));
    }

    private static Hyperparameter integer(String key, String label, Object defaultValue, Double min,
                                          boolean minExclusive, Double max, String help, String link) {
        return new Hyperparameter(key, label, defaultValue, min, max, minExclusive, List.of(), help, link,
                ValueKind.INTEGER);
    }

    private static Hyperparameter number(String key, String label, Double defaultValue, Double min,
                                         boolean minExclusive, Double max, String help, String link) {
        return new Hyperparameter(key, label, defaultValue, min, max, minExclusive, List.of(), help, link,
                ValueKind.NUMBER);
    }

    private static Hyperparameter bool(String key, String label, boolean defaultValue, String help, String link) {
        return new Hyperparameter(key, label, defaultValue, null, null, false, List.of(), help, link,
                ValueKind.BOOLEAN);
    }

    private static Hyperparameter choice(String key, String label, List<String> allowed, String defaultValue,
                                         String help, String link) {
        return new Hyperparameter(key, label, defaultValue, null, null, false, allowed, help, link, ValueKind.CHOICE);
    }
}
