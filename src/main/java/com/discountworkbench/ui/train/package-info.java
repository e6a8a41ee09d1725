/**
 * The Train step's screen: trains the purchase and value models in one background job with live loss charts, a
 * per-epoch table, progress with an estimate of the time left, a log, Pause / Stop, the test metrics, and model
 * files. Also loads the neural-network engine in the background at start-up ({@link EngineWarmUp}).
 */
package com.discountworkbench.ui.train;
