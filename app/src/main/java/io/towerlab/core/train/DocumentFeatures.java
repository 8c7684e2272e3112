package io.towerlab.core.train;

import io.towerlab.core.data.IdDictionary;
import io.towerlab.core.model.Encoder;
import io.towerlab.core.model.InputMapping;
import io.towerlab.core.model.Tower;
import io.towerlab.core.model.text.WordVocabulary;
import io.towerlab.core.store.DocumentFeatureFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The input mappings of a run's document tower ({@link InputMapping}), saved at the end of training in the
 * run's {@code document-features/} so that documents can be embedded from their own columns without the
 * dataset: per input its kind, column and settings, with its value list, word vocabulary or id dictionary.
 */
public final class DocumentFeatures {

    private DocumentFeatures() {
    }

    /**
     * Saves the mappings of the tower's inputs. Returns null when saved, or why not (an input without a
     * mapping, such as a pretrained text model); nothing is written then.
     */
    static String write(Path folder, Tower tower) throws IOException {
        List<Map<String, Object>> inputs = new ArrayList<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (int i = 0; i < tower.encoders().size(); i++) {
            Encoder encoder = tower.encoders().get(i);
            InputMapping mapping = encoder.mapping();
            if (mapping == null) {
                return "input " + i + " of the document tower (" + encoder.label() + ") cannot read a document's raw "
                        + "values yet";
            }
            inputs.add(entry(mapping, "input-" + i, lists));
        }
        DocumentFeatureFiles.write(folder, inputs, lists);
        return null;
    }

    private static Map<String, Object> entry(InputMapping mapping, String name, Map<String, List<String>> lists) {
        Map<String, Object> e = new LinkedHashMap<>();
        if (mapping instanceof InputMapping.Id m) {
            e.put("kind", "id");
            e.put("ids", list(name + ".ids", ids(m.ids()), lists));
        } else if (mapping instanceof InputMapping.Categorical m) {
            e.put("kind", "categorical");
            e.put("column", m.column());
            e.put("separator", m.separator());
            e.put("values", list(name + ".values", ids(m.values()), lists));
        } else if (mapping instanceof InputMapping.Numeric m) {
            e.put("kind", "numeric");
            e.put("column", m.column());
            e.put("mean", m.mean());
            e.put("std", m.std());
        } else if (mapping instanceof InputMapping.Trigram m) {
            e.put("kind", "trigram");
            e.put("column", m.column());
            e.put("buckets", m.buckets());
            e.put("wordBigrams", m.wordBigrams());
        } else if (mapping instanceof InputMapping.Words m) {
            e.put("kind", "words");
            e.put("column", m.column());
            e.put("maxLength", m.maxLength());
            e.put("transformer", m.transformer());
            e.put("firstToken", m.firstToken());
            e.put("words", list(name + ".words", m.vocabulary().words(), lists));
        }
        return e;
    }

    private static String list(String name, List<String> values, Map<String, List<String>> lists) {
        lists.put(name, values);
        return name;
    }

    private static List<String> ids(IdDictionary dictionary) {
        List<String> out = new ArrayList<>(dictionary.size());
        for (int i = 0; i < dictionary.size(); i++) {
            out.add(dictionary.idOf(i));
        }
        return out;
    }

    /** The saved mappings in input order; fails naming the file and the JSON path of what is wrong. */
    static List<InputMapping> read(Path folder) throws IOException {
        List<Map<String, Object>> inputs = DocumentFeatureFiles.readInputs(folder);
        List<InputMapping> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            out.add(mapping(new Fields(folder, i, inputs.get(i))));
        }
        return out;
    }

    private static InputMapping mapping(Fields f) throws IOException {
        String kind = f.text("kind");
        return switch (kind) {
            case "id" -> new InputMapping.Id(dictionary(f.list("ids")));
            case "categorical" -> new InputMapping.Categorical(f.text("column"), dictionary(f.list("values")),
                    f.optionalText("separator"));
            case "numeric" -> new InputMapping.Numeric(f.text("column"), (float) f.number("mean"),
                    (float) f.number("std"));
            case "trigram" -> new InputMapping.Trigram(f.text("column"), (int) f.number("buckets"),
                    f.flag("wordBigrams"));
            case "words" -> new InputMapping.Words(f.text("column"), f.vocabulary("words"), (int) f.number("maxLength"),
                    f.flag("transformer"), f.flag("firstToken"));
            default -> throw f.error("kind", "is '" + kind + "', expected id, categorical, numeric, trigram or words");
        };
    }

    private static IdDictionary dictionary(List<String> values) {
        IdDictionary dictionary = new IdDictionary(values.size());
        for (String v : values) {
            dictionary.getOrAdd(v);
        }
        return dictionary;
    }

    /** One input's fields, read with errors located at {@code index.json: $.inputs[i].field}. */
    private record Fields(Path folder, int index, Map<String, Object> values) {

        String text(String name) throws IOException {
            if (!(values.get(name) instanceof String s)) {
                throw error(name, "is missing or not a string");
            }
            return s;
        }

        String optionalText(String name) throws IOException {
            return values.get(name) == null ? null : text(name);
        }

        double number(String name) throws IOException {
            if (!(values.get(name) instanceof Number n)) {
                throw error(name, "is missing or not a number");
            }
            return n.doubleValue();
        }

        boolean flag(String name) throws IOException {
            if (!(values.get(name) instanceof Boolean b)) {
                throw error(name, "is missing or not true/false");
            }
            return b;
        }

        List<String> list(String name) throws IOException {
            return DocumentFeatureFiles.readList(folder, text(name));
        }

        WordVocabulary vocabulary(String name) throws IOException {
            try {
                return WordVocabulary.of(list(name));
            } catch (IllegalArgumentException e) {
                throw error(name, "names a list that is not a word vocabulary: " + e.getMessage());
            }
        }

        IOException error(String name, String what) {
            return new IOException(folder.resolve("index.json") + ": $.inputs[" + index + "]." + name + " " + what);
        }
    }
}
