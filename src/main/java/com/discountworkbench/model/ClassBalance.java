package com.discountworkbench.model;

/**
 * How the purchase model copes with rare buyers (Hillstrom converts 0.9 %). Both balancing options distort the
 * network's raw probabilities; {@link Calibration} fitted on the validation split restores them.
 */
public enum ClassBalance {
    /** Every row counts once. */
    NONE,
    /** Buyers and non-buyers weigh the same in total: row weight n / (2 · rows of its class). */
    CLASS_WEIGHTS,
    /** Every epoch draws as many buyers as non-buyers (buyers with replacement). */
    BALANCED_SAMPLING
}
