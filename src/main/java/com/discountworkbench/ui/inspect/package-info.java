/**
 * The Inspect step's screen: every customer scored at every discount level in a sortable, filterable table over
 * primitive arrays, the probability histogram, the purchase model's ROC, calibration, lift and feature importance,
 * and the selected customer's response curve.
 */
package com.discountworkbench.ui.inspect;
