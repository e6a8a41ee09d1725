package com.discountworkbench.io;

import java.util.EnumSet;
import java.util.Set;

/**
 * The columns a policy export can hold, in file order. The id and the recommendation are always written: without
 * them the file cannot be used; the others are the analyst's choice.
 */
public enum PolicyColumn {
    /** The customer id under its own column name, or {@code row} numbers when there is no id column. */
    ID,
    /** {@code recommended_discount} (a rate) or {@code recommended_offer} (a named offer). */
    RECOMMENDATION,
    P_BUY_RECOMMENDED,
    P_BUY_NO_DISCOUNT,
    EXPECTED_SPEND,
    EXPECTED_REVENUE,
    EXPECTED_PROFIT,
    INCREMENTAL_PROFIT,
    SEGMENT,
    /** Whether the customer is in the randomized control group; written only when one was drawn. */
    HOLDOUT;

    public static Set<PolicyColumn> all() {
        return EnumSet.allOf(PolicyColumn.class);
    }

    /** Columns every export has, whatever the analyst chose. */
    public boolean isRequired() {
        return this == ID || this == RECOMMENDATION;
    }
}
