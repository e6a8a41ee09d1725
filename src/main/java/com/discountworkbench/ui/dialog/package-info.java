/**
 * Every dialog of the desktop application goes through {@link com.discountworkbench.ui.dialog.DialogService}, so view
 * models ask questions and report errors without knowing JavaFX windows and tests answer with a fake. Uncaught
 * exceptions end up in an error dialog, never as a crash.
 */
package com.discountworkbench.ui.dialog;
