/**
 * The Simulate step: constraint controls that re-optimize the discount policy in the background on every change,
 * the scenario's figures, what-if curves, the distribution of recommended discounts, saved scenarios side by side,
 * and the off-policy estimate from the customer file's history.
 */
package com.discountworkbench.ui.simulate;
