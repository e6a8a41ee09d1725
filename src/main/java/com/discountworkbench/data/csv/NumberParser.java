package com.discountworkbench.data.csv;

/**
 * Parses numbers as analysts' files write them: {@code 12.5}, {@code -3}, {@code 7.50E-05}, {@code 15%} (0.15),
 * {@code $1,234.50}, {@code ¥88.00}, {@code 12,50 €} and {@code 1.234,5} with a decimal comma. Thousands
 * separators must group exactly three digits, so {@code 1,5} is not read as 15.
 * Written for speed: no strings, no exceptions, digits accumulated in a long.
 */
final class NumberParser implements ValueParser {
    private static final double[] POWERS_OF_TEN = PlainNumber.POWERS_OF_TEN;
    private static final int MAX_MANTISSA_DIGITS = PlainNumber.MAX_DIGITS;

    private final PlainNumber plain;
    private final char decimal;
    private final char grouping;
    private float value;
    private boolean fractional;

    NumberParser(char decimalSeparator) {
        this.plain = new PlainNumber(decimalSeparator);
        this.decimal = decimalSeparator;
        this.grouping = decimalSeparator == ',' ? '.' : ',';
    }

    @Override
    public boolean parse(char[] c, int start, int end) {
        return parsePlain(c, start, end) || parseDecorated(c, start, end);
    }

    /** The common case, fast: optional minus, digits, optional decimal separator and digits. */
    private boolean parsePlain(char[] c, int start, int end) {
        if (plain.scan(c, start, end) != end) {
            return false;
        }
        value = plain.value;
        fractional = plain.fractional;
        return true;
    }

    /** Everything else: signs, currency symbols, thousands separators, exponents, percentages, long digit runs. */
    private boolean parseDecorated(char[] c, int start, int end) {
        int i = start;
        int e = end;
        boolean percent = false;
        if (c[e - 1] == '%') {
            percent = true;
            e = Tokens.trimEnd(c, i, e - 1);
        } else if (isCurrency(c[e - 1])) {
            e = Tokens.trimEnd(c, i, e - 1);
        }
        boolean negative = false;
        if (i < e && (c[i] == '-' || c[i] == '+')) {
            negative = c[i++] == '-';
        }
        if (i < e && isCurrency(c[i])) {
            i = Tokens.trimStart(c, i + 1, e);
            if (i < e && (c[i] == '-' || c[i] == '+') && !negative) {
                negative = c[i++] == '-'; // "$-5"
            }
        }
        long mantissa = 0;
        int significant = 0;
        int exponent = 0;
        int digitsSinceGroup = -1;
        int integerDigits = 0;
        for (; i < e; i++) {
            char ch = c[i];
            if (ch >= '0' && ch <= '9') {
                integerDigits++;
                if (digitsSinceGroup >= 0) {
                    digitsSinceGroup++;
                }
                if (significant < MAX_MANTISSA_DIGITS) {
                    mantissa = mantissa * 10 + (ch - '0');
                    significant += mantissa == 0 ? 0 : 1;
                } else {
                    exponent++; // beyond float precision: keep the magnitude only
                }
            } else if (isGrouping(ch)) {
                boolean badGroup = digitsSinceGroup >= 0 ? digitsSinceGroup != 3 : integerDigits == 0 || integerDigits > 3;
                if (badGroup) {
                    return false;
                }
                digitsSinceGroup = 0;
            } else {
                break;
            }
        }
        if (digitsSinceGroup >= 0 && digitsSinceGroup != 3) {
            return false;
        }
        int fractionDigits = 0;
        boolean hasFraction = false;
        if (i < e && c[i] == decimal) {
            hasFraction = true;
            for (i++; i < e && c[i] >= '0' && c[i] <= '9'; i++) {
                fractionDigits++;
                if (significant < MAX_MANTISSA_DIGITS) {
                    mantissa = mantissa * 10 + (c[i] - '0');
                    significant += mantissa == 0 ? 0 : 1;
                    exponent--;
                }
            }
        }
        if (integerDigits + fractionDigits == 0) {
            return false;
        }
        boolean hasExponent = false;
        if (i < e && (c[i] == 'e' || c[i] == 'E')) {
            int written = 0;
            boolean negativeExponent = false;
            i++;
            if (i < e && (c[i] == '-' || c[i] == '+')) {
                negativeExponent = c[i++] == '-';
            }
            int start10 = i;
            for (; i < e && c[i] >= '0' && c[i] <= '9' && i - start10 < 4; i++) {
                written = written * 10 + (c[i] - '0');
            }
            if (i == start10) {
                return false;
            }
            exponent += negativeExponent ? -written : written;
            hasExponent = true;
        }
        if (i != e) {
            return false;
        }
        double magnitude = scale(mantissa, exponent);
        if (percent) {
            magnitude /= 100;
        }
        value = (float) (negative ? -magnitude : magnitude);
        fractional = hasFraction || hasExponent || percent;
        return true;
    }

    private static double scale(long mantissa, int exponent) {
        if (exponent == 0 || mantissa == 0) {
            return mantissa;
        }
        if (exponent > 0 && exponent < POWERS_OF_TEN.length) {
            return mantissa * POWERS_OF_TEN[exponent];
        }
        if (exponent < 0 && -exponent < POWERS_OF_TEN.length) {
            return mantissa / POWERS_OF_TEN[-exponent];
        }
        return Double.parseDouble(mantissa + "E" + exponent);
    }

    private boolean isGrouping(char ch) {
        return ch == grouping || decimal == ',' && (ch == ' ' || ch == '\u00A0' || ch == '\u202F');
    }

    private static boolean isCurrency(char ch) {
        return ch == '$' || ch == '¥' || ch == '￥' || ch == '€' || ch == '£' || ch == '₹' || ch == '元';
    }

    @Override
    public float value() {
        return value;
    }

    @Override
    public boolean fractional() {
        return fractional;
    }

    @Override
    public String expected() {
        return "a number";
    }
}
