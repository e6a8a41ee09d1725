package com.discountworkbench.ui.inspect;

/** Which P(buy) the probability filter and the histogram look at. */
public enum ProbabilityMeasure {
    /** At the treatment the customer actually got (only when the file records it). */
    OBSERVED(CustomerColumn.OBSERVED),
    /** Without discount. */
    NO_DISCOUNT(CustomerColumn.NO_DISCOUNT),
    /** At the recommended discount. */
    RECOMMENDED(CustomerColumn.RECOMMENDED);

    private final CustomerColumn column;

    ProbabilityMeasure(CustomerColumn column) {
        this.column = column;
    }

    public CustomerColumn column() {
        return column;
    }
}
