/** The analyst's work in progress, shared by the screens of the pipeline. */
package com.discountworkbench.ui.session;
