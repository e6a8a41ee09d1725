/**
 * Discount policy: per-customer response curves, the profit-maximizing optimizer under the analyst's
 * constraints, what-if simulation and off-policy estimates from campaign history.
 */
package com.discountworkbench.policy;
