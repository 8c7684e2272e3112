package io.towerlab.core.model;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import io.towerlab.core.model.text.WordPieceTokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A pretrained text encoder read from a local folder: {@code model.pt}, a TorchScript module run by DJL's
 * PyTorch engine, and {@code vocab.txt}, its {@link WordPieceTokenizer} vocabulary. The module is called as
 * {@code forward(input_ids, attention_mask)} with two int64 {@code batch × length} tensors (a traced BERT or
 * sentence-transformers encoder) and returns either token states {@code batch × length × hidden}, which are
 * mean-pooled over the attention mask (Reimers and Gurevych 2019, Sentence-BERT), or one vector per text
 * {@code batch × hidden}; when it returns a tuple, its first element is used.
 *
 * <p>Frozen, the module's weights are loaded as inference tensors and run without gradients. Trainable, they
 * are loaded as ordinary tensors that the caller registers as parameters, so that gradients flow into them.
 */
public final class PretrainedTextModel implements AutoCloseable {
    public static final String MODEL_FILE = "model.pt";
    public static final String VOCABULARY_FILE = "vocab.txt";

    private final Model model;
    private final Block block;
    private final WordPieceTokenizer tokenizer;
    private final boolean trainable;
    private final int hiddenSize;

    private PretrainedTextModel(Model model, WordPieceTokenizer tokenizer, boolean trainable, NDManager manager) {
        this.model = model;
        this.block = model.getBlock();
        this.tokenizer = tokenizer;
        this.trainable = trainable;
        int[] probe = tokenizer.encode("", 2);
        long[] ids = new long[probe.length];
        long[] mask = new long[probe.length];
        for (int i = 0; i < probe.length; i++) {
            ids[i] = probe[i];
            mask[i] = 1;
        }
        try (NDManager scope = manager.newSubManager()) {
            NDArray pooled = pooled(scope.create(ids, new ai.djl.ndarray.types.Shape(1, ids.length)),
                    scope.create(mask, new ai.djl.ndarray.types.Shape(1, ids.length)), false);
            this.hiddenSize = Math.toIntExact(pooled.getShape().get(1));
        }
    }

    /**
     * Loads the folder's model and vocabulary; a missing or unreadable file is reported with its path.
     *
     * @param trainable whether the weights will be fine-tuned
     */
    public static PretrainedTextModel load(Path folder, boolean trainable, NDManager manager) {
        Path modelFile = folder.resolve(MODEL_FILE);
        Path vocabulary = folder.resolve(VOCABULARY_FILE);
        for (Path required : List.of(modelFile, vocabulary)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalArgumentException("the pretrained model folder " + folder + " has no "
                        + required.getFileName() + ": it needs a TorchScript " + MODEL_FILE + " and its WordPiece "
                        + VOCABULARY_FILE + " (see the README on exporting a model with torch.jit.trace)");
            }
        }
        Model model = Model.newInstance("pretrained-text", manager.getDevice(), "PyTorch");
        try {
            model.load(folder, MODEL_FILE, Map.of("trainParam", Boolean.toString(trainable)));
            return new PretrainedTextModel(model, WordPieceTokenizer.read(vocabulary), trainable, manager);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw new IllegalArgumentException("could not load the pretrained model " + modelFile + ": "
                    + e.getMessage() + "; it must be a TorchScript module taking (input_ids, attention_mask)", e);
        }
    }

    public WordPieceTokenizer tokenizer() {
        return tokenizer;
    }

    public int hiddenSize() {
        return hiddenSize;
    }

    /** The module's weights by name, as live tensors (updating one changes the model). */
    public List<Pair<String, NDArray>> weights() {
        List<Pair<String, NDArray>> out = new ArrayList<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            out.add(new Pair<>(p.getKey(), p.getValue().getArray()));
        }
        return out;
    }

    /**
     * One vector per text, {@code batch × hidden}, from int64 token ids and attention mask ({@code batch ×
     * length}). {@code training} puts the module in training mode (dropout on); a frozen model always runs in
     * inference mode.
     */
    public NDArray pooled(NDArray ids, NDArray mask, boolean training) {
        // the profiling graph executor specialises on the first call's gradient mode, which breaks switching
        // between training steps and evaluation; the plain executor does not
        JniUtils.setGraphExecutorOptimize(false);
        NDManager batch = ids.getManager();
        NDList out = block.forward(new ParameterStore(batch, false), new NDList(ids, mask), trainable && training);
        NDArray states = out.head();
        if (!trainable) {
            states = states.duplicate();
        }
        for (NDArray array : out) {
            if (array != states) {
                array.attach(batch);
            }
        }
        states.attach(batch);
        if (states.getShape().dimension() == 2) {
            return states;
        }
        NDArray weights = mask.toType(states.getDataType(), false);
        weights = weights.div(weights.sum(new int[] {1}, true).maximum(1f)).expandDims(2);
        return states.mul(weights).sum(new int[] {1});
    }

    @Override
    public void close() {
        model.close();
    }
}
