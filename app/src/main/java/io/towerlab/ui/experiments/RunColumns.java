package io.towerlab.ui.experiments;

import io.towerlab.core.store.RunSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The columns the runs table offers: fixed ones (name, status, loss, time, device, tags, note) and
 * one per hyperparameter and per final and best metric found in the runs. Key hyperparameters and
 * the headline metrics are shown at first; the rest can be switched on.
 */
public final class RunColumns {
    private static final Set<String> SHOWN_HYPERPARAMETERS = Set.of("negatives.sampler", "similarity.temperature",
            "optimizer.lr", "training.seed");
    private static final Set<String> SHOWN_METRICS = Set.of("recall@10", "recall@50", "ndcg@10");

    private static final java.time.format.DateTimeFormatter STARTED = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());

    private RunColumns() {
    }

    /** The columns for these rows, in display order. */
    public static List<RunColumn> of(Collection<RunRow> rows) {
        List<RunColumn> columns = new ArrayList<>(List.of(
                new RunColumn("name", "Name", RunRow::name, true),
                new RunColumn("status", "Status", r -> r.summary().status(), true),
                new RunColumn("loss", "Loss", RunColumns::lossName, true)));
        TreeSet<String> hyper = new TreeSet<>();
        TreeSet<String> metrics = new TreeSet<>();
        TreeSet<String> best = new TreeSet<>();
        for (RunRow row : rows) {
            RunSummary s = row.summary();
            keys(s.hyperparameters(), hyper);
            keys(s.metrics(), metrics);
            keys(s.bestMetrics(), best);
        }
        hyper.remove("loss.type");
        for (String key : hyper) {
            String last = key.substring(key.lastIndexOf('.') + 1);
            boolean unique = hyper.stream().filter(k -> k.endsWith("." + last) || k.equals(last)).count() == 1;
            columns.add(new RunColumn("hp:" + key, unique ? last : key,
                    r -> number(get(r.summary().hyperparameters(), key)),
                    SHOWN_HYPERPARAMETERS.contains(key)));
        }
        for (String key : metrics) {
            columns.add(new RunColumn("final:" + key, key, r -> get(r.summary().metrics(), key),
                    SHOWN_METRICS.contains(key)));
        }
        for (String key : best) {
            columns.add(new RunColumn("best:" + key, "best " + key, r -> get(r.summary().bestMetrics(), key),
                    key.equals("recall@50")));
        }
        columns.addAll(List.of(
                new RunColumn("duration", "Time (s)", r -> r.summary().durationSeconds(), true),
                new RunColumn("epochs", "Epochs", r -> r.summary().epoch(), false),
                new RunColumn("device", "Device", r -> r.summary().device(), false),
                new RunColumn("created", "Started", r -> started(r.summary().created()), true),
                new RunColumn("tags", "Tags", RunRow::tags, true),
                new RunColumn("note", "Note", r -> r.notes().note(), true),
                new RunColumn("id", "Run id", r -> r.summary().id(), false)));
        return columns;
    }

    /** An ISO instant as local date and minute (sorts like the instant). */
    private static String started(String instant) {
        if (instant == null) {
            return null;
        }
        try {
            return STARTED.format(java.time.Instant.parse(instant));
        } catch (java.time.format.DateTimeParseException e) {
            return instant;
        }
    }

    private static void keys(Map<String, ?> map, Set<String> into) {
        if (map != null) {
            into.addAll(map.keySet());
        }
    }

    private static <V> V get(Map<String, V> map, String key) {
        return map == null ? null : map.get(key);
    }

    /** Numbers stay numbers (sorted numerically); anything else is its text. */
    private static Object number(Object v) {
        if (v == null || v instanceof Number) {
            return v instanceof Number n && !(v instanceof Double) ? n.doubleValue() : v;
        }
        return String.valueOf(v);
    }

    /** The loss as the spec spells it ("fps", "pairce"); summaries store the type's constant name. */
    private static String lossName(RunRow row) {
        String loss = row.summary().loss();
        return loss == null ? null : loss.toLowerCase(java.util.Locale.ROOT);
    }
}
