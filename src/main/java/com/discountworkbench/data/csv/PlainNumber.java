package com.discountworkbench.data.csv;

/**
 * Reads the number shape nearly every numeric field has (optional minus, digits, optional decimal separator and
 * digits) and stops at the first other character. The record reader calls it at the start of every field, so a
 * plain number is read while the field's end is being found, instead of being scanned twice.
 */
final class PlainNumber {
    static final double[] POWERS_OF_TEN = new double[23];
    /** Longest digit run a long holds; longer numbers take {@link NumberParser}'s careful path. */
    static final int MAX_DIGITS = 18;

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private final char decimal;
    /** The number last scanned. */
    float value;
    /** Whether it was written with a decimal separator. */
    boolean fractional;

    PlainNumber(char decimalSeparator) {
        this.decimal = decimalSeparator;
    }

    /**
     * Scans a number starting at {@code from}. Returns the index just after it (where a delimiter should be),
     * or -1 when no plain number starts there.
     */
    int scan(char[] c, int from, int end) {
        int i = from;
        boolean negative = i < end && c[i] == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digitsStart = i;
        int digit;
        while (i < end && (digit = c[i] - '0') >= 0 && digit <= 9) {
            mantissa = mantissa * 10 + digit;
            i++;
        }
        int integerDigits = i - digitsStart;
        int fractionDigits = 0;
        boolean separator = i < end && c[i] == decimal;
        if (separator) {
            int fractionStart = ++i;
            while (i < end && (digit = c[i] - '0') >= 0 && digit <= 9) {
                mantissa = mantissa * 10 + digit;
                i++;
            }
            fractionDigits = i - fractionStart;
        }
        int digits = integerDigits + fractionDigits;
        if (digits == 0 || digits > MAX_DIGITS) {
            return -1;
        }
        double magnitude = fractionDigits == 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
        value = (float) (negative ? -magnitude : magnitude);
        fractional = separator;
        return i;
    }
}
