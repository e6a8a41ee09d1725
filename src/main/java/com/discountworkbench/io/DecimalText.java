package com.discountworkbench.io;

/**
 * Fixed-point number text without {@code String.format}, which is too slow for a million rows and
 * follows the JVM locale instead of the export's decimal separator. Trailing zeros are dropped
 * (0.15, not 0.1500); NaN becomes an empty field.
 */
final class DecimalText {
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000};

    private DecimalText() {
    }

    static void append(StringBuilder out, double value, int decimals, char separator) {
        if (Double.isNaN(value)) {
            return;
        }
        long power = POWERS[decimals];
        long scaled = Math.round(Math.abs(value) * power);
        if (value < 0 && scaled != 0) {
            out.append('-');
        }
        out.append(scaled / power);
        long fraction = scaled % power;
        if (fraction == 0) {
            return;
        }
        int digits = decimals;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        out.append(separator);
        String text = Long.toString(fraction);
        for (int pad = text.length(); pad < digits; pad++) {
            out.append('0');
        }
        out.append(text);
    }
}
