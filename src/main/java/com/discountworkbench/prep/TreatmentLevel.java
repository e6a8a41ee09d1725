package com.discountworkbench.prep;

/**
 * One possible offer: a discount rate (for example 0.15) or a named offer (for example "Mens E-Mail").
 *
 * @param name  how the level is written in the data and in exports ("0.15", "Mens E-Mail")
 * @param rate  the discount rate for a numeric treatment; NaN for a named offer, whose rate the analyst sets
 *              in the policy economics
 */
public record TreatmentLevel(String name, double rate) {

    public static TreatmentLevel discount(double rate) {
        return new TreatmentLevel(formatRate(rate), rate);
    }

    public static TreatmentLevel named(String name) {
        return new TreatmentLevel(name, Double.NaN);
    }

    public boolean isNamed() {
        return Double.isNaN(rate);
    }

    /** Rates print without float noise: 0.15, not 0.15000000596. */
    private static String formatRate(double rate) {
        return java.math.BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString();
    }
}
