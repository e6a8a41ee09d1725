/**
 * The Prepare step's screen: how each column becomes model input (missing values, scaling, log1p, clipping,
 * buckets, one-hot), with a preview of the feature matrix; and the rules that keep the preprocessing in step with
 * the data's roles wherever they are changed.
 */
package com.discountworkbench.ui.prepare;
