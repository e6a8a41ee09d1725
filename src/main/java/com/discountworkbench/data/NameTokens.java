package com.discountworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a column name into lower-case words so names can be matched whatever their style:
 * {@code customerID} → [customer, id], {@code page_views_30d} → [page, views, 30d],
 * {@code 客户ID} → [客户, id].
 */
public final class NameTokens {
    private NameTokens() {
    }

    public static List<String> of(String name) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(current, tokens);
                continue;
            }
            if (current.length() > 0 && startsNewWord(name, i)) {
                flush(current, tokens);
            }
            current.append(c);
        }
        flush(current, tokens);
        return tokens;
    }

    /** Word boundaries inside a run of letters and digits: camel case, letters→digits, Latin↔CJK. */
    private static boolean startsNewWord(String name, int i) {
        char previous = name.charAt(i - 1);
        char c = name.charAt(i);
        if (isHan(previous) != isHan(c)) {
            return true;
        }
        if (Character.isLetter(previous) && Character.isDigit(c)) {
            return true;
        }
        if (Character.isLowerCase(previous) && Character.isUpperCase(c)) {
            return true;
        }
        // "IDNumber": the N starts a word because a lower-case letter follows it.
        return Character.isUpperCase(previous) && Character.isUpperCase(c)
                && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static void flush(StringBuilder current, List<String> tokens) {
        if (current.length() > 0) {
            tokens.add(current.toString().toLowerCase(Locale.ROOT));
            current.setLength(0);
        }
    }
}
