package io.towerlab.core.model.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokenizer of a pretrained BERT-style model, read from its {@code vocab.txt} (one token per line, the
 * line number is the id): the text is lower-cased and split into words of letters and digits
 * ({@link Words}; punctuation and other symbols are dropped, accents are kept), each word is cut into the
 * longest vocabulary pieces from the left, continuation pieces written {@code ##piece} (WordPiece, Wu et
 * al. 2016), and a word that cannot be cut becomes {@code [UNK]}. The ids are framed by {@code [CLS]} and
 * {@code [SEP]} when the vocabulary has them, and cut to {@code maxLength}. Padding uses {@code [PAD]}
 * (or id 0).
 */
public final class WordPieceTokenizer {
    private final Map<String, Integer> ids = new HashMap<>();
    private final int unknown;
    private final int cls;
    private final int sep;
    private final int pad;

    public WordPieceTokenizer(List<String> vocabulary) {
        for (int i = 0; i < vocabulary.size(); i++) {
            ids.putIfAbsent(vocabulary.get(i), i);
        }
        if (!ids.containsKey("[UNK]")) {
            throw new IllegalArgumentException("the vocabulary has no [UNK] token");
        }
        this.unknown = ids.get("[UNK]");
        this.cls = ids.getOrDefault("[CLS]", -1);
        this.sep = ids.getOrDefault("[SEP]", -1);
        this.pad = ids.getOrDefault("[PAD]", 0);
    }

    public static WordPieceTokenizer read(Path vocabFile) throws IOException {
        List<String> lines = Files.readAllLines(vocabFile, StandardCharsets.UTF_8).stream().map(String::strip).toList();
        return new WordPieceTokenizer(lines);
    }

    public int padId() {
        return pad;
    }

    public int size() {
        return ids.size();
    }

    /** The token ids of a text, {@code [CLS]} and {@code [SEP]} included, at most {@code maxLength}. */
    public int[] encode(String text, int maxLength) {
        IntList out = new IntList();
        if (cls >= 0) {
            out.add(cls);
        }
        int room = maxLength - (cls >= 0 ? 1 : 0) - (sep >= 0 ? 1 : 0);
        IntList pieces = new IntList();
        for (String word : Words.of(text)) {
            pieces(word, pieces);
        }
        int[] all = pieces.toArray();
        for (int i = 0; i < Math.min(room, all.length); i++) {
            out.add(all[i]);
        }
        if (sep >= 0) {
            out.add(sep);
        }
        return out.toArray();
    }

    private void pieces(String word, IntList out) {
        IntList found = new IntList();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer id = null;
            while (end > start) {
                id = ids.get((start > 0 ? "##" : "") + word.substring(start, end));
                if (id != null) {
                    break;
                }
                end--;
            }
            if (id == null) {
                out.add(unknown);
                return;
            }
            found.add(id);
            start = end;
        }
        for (int id : found.toArray()) {
            out.add(id);
        }
    }
}
