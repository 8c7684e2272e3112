package io.towerlab.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The differences between two runs' specs and provenance, as JSON paths with both values (the start
 * time, which always differs, is left out).
 */
public final class RunDiff {
    private RunDiff() {
    }

    /** One differing value; null stands for absent. */
    public record Difference(String file, String path, String left, String right) {
    }

    public static List<Difference> between(RunFolder a, RunFolder b) throws IOException {
        List<Difference> out = new ArrayList<>();
        compare("spec", RunFolder.JSON.readTree(a.readSpec()), RunFolder.JSON.readTree(b.readSpec()), out);
        compare("provenance", RunFolder.JSON.readTree(a.path().resolve("provenance.json").toFile()),
                RunFolder.JSON.readTree(b.path().resolve("provenance.json").toFile()), out);
        out.removeIf(d -> d.file().equals("provenance") && (d.path().equals("startTime")
                || d.path().startsWith("resumes")));
        return out;
    }

    private static void compare(String file, JsonNode left, JsonNode right, List<Difference> out) {
        Map<String, String> l = flatten(left);
        Map<String, String> r = flatten(right);
        TreeSet<String> keys = new TreeSet<>(l.keySet());
        keys.addAll(r.keySet());
        for (String key : keys) {
            if (!Objects.equals(l.get(key), r.get(key))) {
                out.add(new Difference(file, key, l.get(key), r.get(key)));
            }
        }
    }

    /** Every leaf of a JSON tree by its dotted path (array items of objects as {@code [i]}). */
    public static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        flatten(node, "", out);
        return out;
    }

    private static void flatten(JsonNode node, String path, Map<String, String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
            }
        } else if (node.isArray() && node.size() > 0 && node.get(0).isContainerNode()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", out);
            }
        } else {
            out.put(path, node.isTextual() ? node.asText() : node.toString());
        }
    }
}
