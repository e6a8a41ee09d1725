/**
 * Preprocessing fitted on the training split only and saved with the model: imputation, scaling,
 * bucketing and encoding that turn a dataset into a {@link com.discountworkbench.prep.FeatureMatrix}.
 */
package com.discountworkbench.prep;
