/**
 * Project files in the desktop application: File → Save / Save As… / Open… write and read the whole workbench
 * state ({@link com.discountworkbench.io.ProjectFile}) in the background and put it back into the session,
 * warning when the data file changed or disappeared since the project was saved.
 */
package com.discountworkbench.ui.project;
