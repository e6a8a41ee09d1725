/**
 * The Data step's screen: reading the customer file in the background (with encoding, delimiter and decimal
 * overrides), a virtualized preview of every row, the columns with their roles and a chart of the selected one,
 * and the quality report. Starts with the bundled sample data.
 */
package com.discountworkbench.ui.data;
