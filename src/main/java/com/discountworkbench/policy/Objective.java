package com.discountworkbench.policy;

/** What the optimizer maximizes per customer. */
public enum Objective {
    /** Expected profit P · v · (1 − d − c) − f (the default). */
    PROFIT,
    /** Expected revenue P · spend, subject to the per-customer profit floor. */
    REVENUE,
    /** Expected conversions P, subject to the per-customer profit floor. */
    CONVERSIONS
}
