package io.towerlab.core.data.csv;

/**
 * Number parsing from a range of a char array, without creating Strings on the common forms
 * (plain integers and decimals); failures return a sentinel instead of throwing.
 */
public final class CharRanges {
    /** Returned by {@link #parseLong} when the range is not an integer. */
    public static final long NOT_A_LONG = Long.MIN_VALUE;

    private CharRanges() {
    }

    public static int trimStart(char[] a, int from, int to) {
        while (from < to && (a[from] == ' ' || a[from] == '\t')) {
            from++;
        }
        return from;
    }

    public static int trimEnd(char[] a, int from, int to) {
        while (to > from && (a[to - 1] == ' ' || a[to - 1] == '\t')) {
            to--;
        }
        return to;
    }

    /** A decimal integer with an optional sign and surrounding blanks, or {@link #NOT_A_LONG}. */
    public static long parseLong(char[] a, int from, int to) {
        from = trimStart(a, from, to);
        to = trimEnd(a, from, to);
        if (from == to) {
            return NOT_A_LONG;
        }
        boolean negative = false;
        char first = a[from];
        if (first == '-' || first == '+') {
            negative = first == '-';
            from++;
            if (from == to) {
                return NOT_A_LONG;
            }
        }
        if (to - from > 18) {
            return NOT_A_LONG;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = a[i] - '0';
            if (digit < 0 || digit > 9) {
                return NOT_A_LONG;
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    /** Whether the range is an integer that {@link #parseLong} accepts. */
    public static boolean isInteger(char[] a, int from, int to) {
        return parseLong(a, from, to) != NOT_A_LONG;
    }

    /** A decimal number (integer, decimal or scientific notation), or NaN when it is not one. */
    public static double parseDouble(char[] a, int from, int to) {
        from = trimStart(a, from, to);
        to = trimEnd(a, from, to);
        if (from == to) {
            return Double.NaN;
        }
        int i = from;
        boolean negative = false;
        if (a[i] == '-' || a[i] == '+') {
            negative = a[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        boolean dot = false;
        for (; i < to; i++) {
            char c = a[i];
            if (c >= '0' && c <= '9') {
                if (digits < 17) {
                    mantissa = mantissa * 10 + (c - '0');
                    digits++;
                    if (dot) {
                        scale++;
                    }
                } else if (!dot) {
                    return slow(a, from, to);
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return slow(a, from, to);
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        double value = scale == 0 ? mantissa : scale < POWERS.length ? mantissa / POWERS[scale] : slow(a, from, to);
        return negative ? -value : value;
    }

    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17};

    private static double slow(char[] a, int from, int to) {
        String text = new String(a, from, to - from);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
