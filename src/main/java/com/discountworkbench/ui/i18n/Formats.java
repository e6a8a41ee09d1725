package com.discountworkbench.ui.i18n;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as the analyst's locale writes them. Every screen formats through here so grouping, decimal marks and
 * percent signs are consistent. Halves round up, as analysts expect from spreadsheets (Java's default rounds to
 * even). Formatters are made per call because {@link NumberFormat} is not thread-safe.
 */
public final class Formats {
    private static final String[] SIZE_UNITS = {"B", "KB", "MB", "GB", "TB"};

    private final Locale locale;

    public Formats(Locale locale) {
        this.locale = locale;
    }

    /** A whole number with grouping, e.g. 64,000. */
    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A number with exactly {@code digits} decimals, e.g. 0.125 → "0.13" for two digits. */
    public String decimal(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A fraction as a percentage, e.g. 0.155 → "15.5%" for one digit. */
    public String percent(double fraction, int digits) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(fraction);
    }

    /** A file size in binary units with one decimal above bytes, e.g. 1536 → "1.5 KB". */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return integer(bytes) + " " + SIZE_UNITS[0];
        }
        double size = bytes;
        int unit = 0;
        while (size >= 1024 && unit < SIZE_UNITS.length - 1) {
            size /= 1024;
            unit++;
        }
        return decimal(size, 1) + " " + SIZE_UNITS[unit];
    }
}
