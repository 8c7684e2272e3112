package io.towerlab.ui.experiments;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * A column of the runs table: an id, a title, how to read its value from a row (a String or a Number,
 * null when the run has none) and whether it is shown before the user chooses columns.
 */
public record RunColumn(String id, String title, Function<RunRow, Object> value, boolean shownByDefault) {

    /** Orders values: numbers numerically, text ignoring case, missing values last. */
    public static final Comparator<Object> ORDER = (a, b) -> {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return String.valueOf(a).compareToIgnoreCase(String.valueOf(b));
    };

    /** The value's text as the table shows it. */
    public String text(RunRow row) {
        return format(value.apply(row));
    }

    public static String format(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return String.format(Locale.ROOT, Math.abs(d) >= 1 ? "%.1f" : "%.4f", d);
        }
        return String.valueOf(v);
    }
}
