/**
 * The main window: menu bar, the pipeline navigation with each step's state, the content area that shows the
 * selected step's screen, and the status bar of background jobs.
 */
package com.discountworkbench.ui.main;
