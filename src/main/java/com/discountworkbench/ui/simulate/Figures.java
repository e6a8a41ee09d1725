package com.discountworkbench.ui.simulate;

import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.ui.i18n.Formats;

/**
 * How the Simulate and Export screens write money, counts and discount levels: totals in whole units with grouping,
 * small amounts with cents, signed increments, rate levels as percentages and named offers by name.
 */
public final class Figures {
    private static final double WHOLE_UNITS_FROM = 1_000;

    private Figures() {
    }

    /** 12,345 or 12.35: cents only while they matter. */
    public static String money(Formats formats, double amount) {
        return formats.decimal(amount, Math.abs(amount) >= WHOLE_UNITS_FROM ? 0 : 2);
    }

    /** Like {@link #money} with a plus sign for gains. */
    public static String signedMoney(Formats formats, double amount) {
        String text = money(formats, amount);
        return amount > 0 && !text.startsWith("+") ? "+" + text : text;
    }

    /** Expected conversions: whole customers for large totals, one decimal for small ones. */
    public static String count(Formats formats, double count) {
        return formats.decimal(count, Math.abs(count) >= WHOLE_UNITS_FROM ? 0 : 1);
    }

    /** "15 %" for a discount rate (one decimal only when needed), the name for a named offer. */
    public static String level(Formats formats, TreatmentLevel level) {
        return level.isNamed() ? level.name() : rate(formats, level.rate());
    }

    /** A discount or margin rate as a percentage: "15%", "12.5%". */
    public static String rate(Formats formats, double rate) {
        double percent = rate * 100;
        return formats.percent(rate, Math.abs(percent - Math.rint(percent)) < 1e-6 ? 0 : 1);
    }
}
