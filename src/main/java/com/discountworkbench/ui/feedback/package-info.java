/**
 * The Feedback step's screen: campaign outcomes imported and compared with the predictions by decile of predicted
 * P(buy) and for the control group, the purchase model's calibration on the new data, and the merged training file
 * for retraining.
 */
package com.discountworkbench.ui.feedback;
