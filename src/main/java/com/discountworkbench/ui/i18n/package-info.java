/** Languages of the desktop application: resource bundles, the chosen locale and locale-aware number formats. */
package com.discountworkbench.ui.i18n;
