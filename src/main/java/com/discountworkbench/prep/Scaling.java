package com.discountworkbench.prep;

/** How a numeric feature is brought to a range the networks train well on. */
public enum Scaling {
    /** (x − mean) / standard deviation. */
    STANDARD,
    /** (x − min) / (max − min): training values land in 0..1. */
    MIN_MAX,
    /** (x − median) / interquartile range: insensitive to outliers. */
    ROBUST,
    NONE
}
