package com.discountworkbench.model;

/** The two networks behind every discount decision. */
public enum ModelKind {
    /** P(buy | customer, treatment). */
    PURCHASE,
    /** Expected spend given a purchase, from the same inputs. */
    VALUE
}
