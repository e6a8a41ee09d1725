package com.discountworkbench.data.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the field delimiter and the decimal separator from the first lines of text. The delimiter is the
 * candidate that splits the most lines into the same number of fields (counting outside quotes); the decimal
 * separator is a comma when, in a file not delimited by commas, numbers like {@code 12,5} outnumber {@code 12.5}.
 */
final class DialectDetector {
    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int MAX_LINES = 200;
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[-+]?[$¥￥€£]?\\s?\\d{1,3}(?:[. \u00A0]\\d{3})*,\\d+\\s?[%€]?"
            + "|[-+]?\\d+,\\d+\\s?[%€]?");
    private static final Pattern DOT_DECIMAL = Pattern.compile("[-+]?[$¥￥€£]?\\d+\\.(?:\\d{1,2}|\\d{4,})%?");

    private DialectDetector() {
    }

    /** Lines of the head text, split outside quotes; a quoted line break stays inside its line. */
    static List<String> logicalLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length() && lines.size() < MAX_LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && (c == '\n' || c == '\r')) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (!line.toString().isBlank()) {
                    lines.add(line.toString());
                }
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
        if (!line.toString().isBlank() && lines.size() < MAX_LINES) {
            lines.add(line.toString());
        }
        return lines;
    }

    static char delimiter(List<String> lines) {
        char best = ',';
        double bestScore = 0;
        for (char candidate : CANDIDATES) {
            Map<Integer, Integer> linesByCount = new HashMap<>();
            for (String line : lines) {
                linesByCount.merge(count(line, candidate), 1, Integer::sum);
            }
            int modeCount = 0;
            int modeLines = 0;
            for (Map.Entry<Integer, Integer> entry : linesByCount.entrySet()) {
                boolean better = entry.getValue() > modeLines || entry.getValue() == modeLines && entry.getKey() > modeCount;
                if (entry.getKey() > 0 && better) {
                    modeCount = entry.getKey();
                    modeLines = entry.getValue();
                }
            }
            // Consistency first; among equally consistent candidates, the one giving more fields.
            double score = modeLines == 0 ? 0 : (double) modeLines / lines.size() + modeCount * 1e-6;
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    static char decimalSeparator(List<String> lines, char delimiter) {
        if (delimiter == ',') {
            return '.';
        }
        int comma = 0;
        int dot = 0;
        for (String line : lines) {
            for (String field : line.split(Pattern.quote(String.valueOf(delimiter)), -1)) {
                String value = field.strip();
                if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
                    value = value.substring(1, value.length() - 1).strip();
                }
                if (COMMA_DECIMAL.matcher(value).matches()) {
                    comma++;
                } else if (DOT_DECIMAL.matcher(value).matches()) {
                    dot++;
                }
            }
        }
        return comma > dot ? ',' : '.';
    }

    private static int count(String line, char delimiter) {
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
