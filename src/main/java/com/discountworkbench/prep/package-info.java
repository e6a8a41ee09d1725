/**
 * Preprocessing fitted on the training split only and saved with the model: imputation, clipping, log1p,
 * scaling, bucketing and one-hot encoding that turn a dataset into a
 * {@link com.discountworkbench.prep.FeatureMatrix}, with the treatment (discount rate or named offer) as a
 * model input that can be set to any level. The analyst's choices are a {@link com.discountworkbench.prep.PrepSpec};
 * {@link com.discountworkbench.prep.Preprocessor#fit} turns them into a
 * {@link com.discountworkbench.prep.FittedPreprocessor}, plain data stored as JSON. Also the label, spend and
 * margin targets, and the seeded stratified {@link com.discountworkbench.prep.DataSplit}.
 */
package com.discountworkbench.prep;
