package com.discountworkbench.ui.common;

import java.text.NumberFormat;
import java.text.ParseException;
import java.util.Locale;
import javafx.util.StringConverter;

/** Tick labels of a chart axis holding fractions, written as percentages in the window's language (0.15 → "15%"). */
public final class PercentAxisLabels extends StringConverter<Number> {
    private final Locale locale;

    public PercentAxisLabels(Locale locale) {
        this.locale = locale;
    }

    @Override
    public String toString(Number fraction) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(fraction.doubleValue());
    }

    @Override
    public Number fromString(String text) {
        try {
            return NumberFormat.getPercentInstance(locale).parse(text.strip());
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a percentage: " + text, e);
        }
    }
}
