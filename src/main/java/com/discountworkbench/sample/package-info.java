/**
 * The synthetic customer-behavior data the application opens by default, and the true response that
 * generated it: because the truth is known, tests can measure how much of the best possible incremental
 * profit a learned discount policy captures.
 */
package com.discountworkbench.sample;
