package com.discountworkbench.ui.prepare;

/** How a numeric feature is bucketed in the Prepare table. */
public enum BucketMode {
    /** A scaled number, no buckets. */
    NONE,
    /** At the analyst's edges, e.g. "18, 35, 50". */
    EDGES,
    /** A number of equally populated bins fitted on the training rows. */
    QUANTILES
}
