package io.towerlab.core.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a text into lower-cased words: maximal runs of letters and digits (Unicode), everything else a
 * separator. {@code "Red-Shoes, size 42!"} gives {@code red, shoes, size, 42}. A null text has no words.
 */
public final class Words {

    private Words() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            boolean inWord = Character.isLetterOrDigit(cp);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(lower.substring(start));
        }
        return words;
    }
}
