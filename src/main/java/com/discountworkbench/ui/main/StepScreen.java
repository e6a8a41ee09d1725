package com.discountworkbench.ui.main;

import com.discountworkbench.ui.i18n.Localization;

/**
 * One pipeline step's screen. Created once, the first time the step is shown, so its view model — and the analyst's
 * work in it — outlives language switches; it builds a fresh {@link StepView} whenever the window is rebuilt.
 */
@FunctionalInterface
public interface StepScreen {

    StepView createView(Localization localization);
}
