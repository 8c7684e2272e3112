package io.towerlab.core.data.csv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads a timestamp as seconds since the epoch: an integer count of seconds, or of milliseconds
 * when its magnitude is at least 10<sup>11</sup> (no click log dates from the year 5138), or an
 * ISO-8601 date, local date-time (taken as UTC, {@code T} or a space between date and time) or
 * date-time with an offset.
 */
public final class TimestampParser {
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;

    private TimestampParser() {
    }

    /** Seconds since the epoch, or {@link CharRanges#NOT_A_LONG} when the text is not a timestamp. */
    public static long parse(char[] a, int from, int to) {
        long value = CharRanges.parseLong(a, from, to);
        if (value != CharRanges.NOT_A_LONG) {
            return Math.abs(value) >= MILLIS_THRESHOLD ? Math.floorDiv(value, 1000L) : value;
        }
        return parseText(new String(a, from, to - from).trim());
    }

    static long parseText(String text) {
        if (text.isEmpty()) {
            return CharRanges.NOT_A_LONG;
        }
        char first = text.charAt(0);
        if (first >= '0' && first <= '9' && text.indexOf('-') < 0) {
            try {
                double seconds = Double.parseDouble(text);
                return (long) (Math.abs(seconds) >= MILLIS_THRESHOLD ? seconds / 1000 : seconds);
            } catch (NumberFormatException e) {
                return CharRanges.NOT_A_LONG;
            }
        }
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11)
                : text;
        try {
            if (iso.length() == 10) {
                return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            }
            if (iso.endsWith("Z")) {
                return Instant.parse(iso).getEpochSecond();
            }
            if (hasOffset(iso)) {
                return OffsetDateTime.parse(iso).toEpochSecond();
            }
            return LocalDateTime.parse(iso).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return CharRanges.NOT_A_LONG;
        }
    }

    private static boolean hasOffset(String iso) {
        int t = iso.indexOf('T');
        return t > 0 && (iso.indexOf('+', t) > 0 || iso.indexOf('-', t) > 0);
    }
}
