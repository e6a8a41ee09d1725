/** What every part of the desktop application shares: style-class names, FXML loading, remembered settings. */
package com.discountworkbench.ui.common;
