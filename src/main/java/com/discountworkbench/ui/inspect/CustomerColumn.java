package com.discountworkbench.ui.inspect;

/** The columns of the customer table, in display order; each sorts by its own values. */
public enum CustomerColumn {
    ID,
    /** P(buy) at the treatment the customer actually got. */
    OBSERVED,
    /** P(buy) at the no-discount level. */
    NO_DISCOUNT,
    /** The recommended discount (rate) or offer. */
    RECOMMENDED_LEVEL,
    /** P(buy) at the recommended discount. */
    RECOMMENDED,
    /** Expected amount paid if the customer buys at the recommended discount. */
    EXPECTED_SPEND,
    /** Expected profit at the recommended discount. */
    EXPECTED_PROFIT
}
