/** The Data step's screen: choosing the CSV file the analyst works on. */
package com.discountworkbench.ui.data;
