package com.discountworkbench.policy;

/**
 * A reference policy a recommendation is compared with.
 *
 * @param name  "no discount", a level's name, or "historical"
 * @param kind  which kind of reference it is
 * @param totals its expected totals under the model
 * @param incrementalProfitVsNoDiscount its expected profit minus that of giving no discount
 */
public record Baseline(String name, Kind kind, Totals totals, double incrementalProfitVsNoDiscount) {

    /** The kinds of reference policies. */
    public enum Kind {
        /** Everyone gets the baseline level. */
        NO_DISCOUNT,
        /** Everyone gets the same level. */
        UNIFORM,
        /** Everyone gets the level the data says they received. */
        HISTORICAL
    }
}
