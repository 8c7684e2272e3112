package io.towerlab.ui.experiments;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The runs table's filter: a text that must occur in some column (ignoring case), and a condition on
 * one chosen column: {@code >0.3}, {@code <=10}, {@code =fps} or {@code !=fps}, or a text it must contain.
 * Numeric conditions compare numerically; a run without a value never passes one.
 */
public final class RunFilter {
    private RunFilter() {
    }

    public static Predicate<RunRow> of(String text, List<RunColumn> columns, RunColumn column, String condition) {
        return of(text, r -> haystack(r, columns), column, condition);
    }

    /**
     * The filter with the rows' searchable text supplied by {@code haystack} (the lowercase text of all
     * columns, e.g. cached per row, so typing in the search field does not format every cell again).
     */
    public static Predicate<RunRow> of(String text, Function<RunRow, String> haystack, RunColumn column,
                                       String condition) {
        Predicate<RunRow> any = anyColumn(text, haystack);
        Predicate<RunRow> one = column == null ? r -> true : condition(column, condition);
        return any.and(one);
    }

    /** The lowercase text of every column of a row, one per line. */
    public static String haystack(RunRow row, List<RunColumn> columns) {
        StringBuilder sb = new StringBuilder();
        for (RunColumn c : columns) {
            sb.append(c.text(row).toLowerCase(Locale.ROOT)).append('\n');
        }
        return sb.toString();
    }

    static Predicate<RunRow> anyColumn(String text, Function<RunRow, String> haystack) {
        if (text == null || text.isBlank()) {
            return r -> true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return r -> haystack.apply(r).contains(needle);
    }

    static Predicate<RunRow> condition(RunColumn column, String condition) {
        if (condition == null || condition.isBlank()) {
            return r -> true;
        }
        String c = condition.strip();
        for (String op : List.of(">=", "<=", "!=", ">", "<", "=")) {
            if (c.startsWith(op)) {
                String operand = c.substring(op.length()).strip();
                return r -> compare(column.value().apply(r), op, operand);
            }
        }
        String needle = c.toLowerCase(Locale.ROOT);
        return r -> column.text(r).toLowerCase(Locale.ROOT).contains(needle);
    }

    private static boolean compare(Object value, String op, String operand) {
        if (value == null) {
            return op.equals("!=");
        }
        Double number = parse(operand);
        int order;
        if (value instanceof Number n && number != null) {
            order = Double.compare(n.doubleValue(), number);
        } else {
            order = String.valueOf(value).compareToIgnoreCase(operand);
        }
        return switch (op) {
            case ">=" -> order >= 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            case "<" -> order < 0;
            case "!=" -> order != 0;
            default -> order == 0;
        };
    }

    private static Double parse(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
