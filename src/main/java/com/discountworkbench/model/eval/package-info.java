/**
 * Model evaluation in plain Java on {@code float[]} predictions: ROC/AUC, log loss, Brier, calibration, lift and
 * gain, confusion matrix, regression errors, permutation importance and the Qini uplift curve.
 */
package com.discountworkbench.model.eval;
