package com.discountworkbench.data.csv;

/** Blank trimming, missing-value tokens and boolean words, checked on character slices without allocating. */
final class Tokens {
    private static final String[] MISSING = {"na", "n/a", "nan", "null", "-", "#n/a"};
    private static final String[] TRUE_WORDS = {"true", "yes", "y", "是"};
    private static final String[] FALSE_WORDS = {"false", "no", "n", "否"};

    private Tokens() {
    }

    static int trimStart(char[] c, int start, int end) {
        while (start < end && isBlank(c[start])) {
            start++;
        }
        return start;
    }

    static int trimEnd(char[] c, int start, int end) {
        while (end > start && isBlank(c[end - 1])) {
            end--;
        }
        return end;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000';
    }

    /** Empty, NA, N/A, NaN, null, - or #N/A (any case) on an already trimmed slice. */
    static boolean isMissing(char[] c, int start, int end) {
        int length = end - start;
        if (length == 0) {
            return true;
        }
        if (length > 4) {
            return false;
        }
        char first = c[start];
        if (first != 'n' && first != 'N' && first != '-' && first != '#') {
            return false;
        }
        return matchesAny(MISSING, c, start, end);
    }

    /** 1 for true/yes/y/是, 0 for false/no/n/否 (any case), -1 for anything else. */
    static int booleanWord(char[] c, int start, int end) {
        if (matchesAny(TRUE_WORDS, c, start, end)) {
            return 1;
        }
        return matchesAny(FALSE_WORDS, c, start, end) ? 0 : -1;
    }

    static boolean isMissing(String value) {
        String trimmed = value.strip();
        return isMissing(trimmed.toCharArray(), 0, trimmed.length());
    }

    private static boolean matchesAny(String[] words, char[] c, int start, int end) {
        for (String word : words) {
            if (equalsIgnoreCase(word, c, start, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equalsIgnoreCase(String lowerWord, char[] c, int start, int end) {
        if (lowerWord.length() != end - start) {
            return false;
        }
        for (int i = 0; i < lowerWord.length(); i++) {
            if (Character.toLowerCase(c[start + i]) != lowerWord.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
