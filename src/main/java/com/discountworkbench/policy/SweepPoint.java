package com.discountworkbench.policy;

/**
 * One row of a sweep: the optimized policy's totals at one value of the swept limit.
 *
 * @param value  the swept limit (a minimum margin rate, or a budget in money)
 * @param totals the totals of the policy optimized under it
 */
public record SweepPoint(double value, Totals totals) {
}
