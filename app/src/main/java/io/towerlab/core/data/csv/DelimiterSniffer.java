package io.towerlab.core.data.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Guesses the field delimiter of a text file from its first lines: MovieLens' {@code ::} when every
 * line has it, otherwise the candidate among {@code , \t ; |} that appears the same non-zero number
 * of times (outside quotes) on the most lines, preferring more fields.
 */
public final class DelimiterSniffer {
    private static final char[] CANDIDATES = {',', '\t', ';', '|'};
    private static final int SAMPLE_LINES = 20;

    private DelimiterSniffer() {
    }

    public static String sniff(String head) {
        List<String> lines = sampleLines(head);
        if (lines.isEmpty()) {
            return ",";
        }
        if (lines.stream().allMatch(line -> line.contains("::"))) {
            return "::";
        }
        char best = ',';
        long bestScore = -1;
        for (char candidate : CANDIDATES) {
            int headerCount = countOutsideQuotes(lines.get(0), candidate);
            if (headerCount == 0) {
                continue;
            }
            int agreeing = 0;
            for (String line : lines) {
                if (countOutsideQuotes(line, candidate) == headerCount) {
                    agreeing++;
                }
            }
            long score = (long) agreeing * 1000 + Math.min(headerCount, 999);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return String.valueOf(best);
    }

    private static List<String> sampleLines(String head) {
        List<String> lines = new ArrayList<>();
        String[] split = head.split("\r?\n", SAMPLE_LINES + 2);
        int usable = split.length > SAMPLE_LINES ? SAMPLE_LINES : split.length;
        for (int i = 0; i < usable; i++) {
            if (!split[i].isBlank() && (i < split.length - 1 || split.length == 1)) {
                lines.add(split[i]);
            }
        }
        if (lines.isEmpty() && split.length > 0 && !split[0].isBlank()) {
            lines.add(split[0]);
        }
        return lines;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
