/**
 * Measurements of the real window for the {@code bench} command: time to window and to "ready to train", and the
 * longest stall of the FX thread while a training run draws its charts. They need a display (run under Xvfb).
 */
package com.discountworkbench.ui.bench;
