package com.discountworkbench.ui.prepare;

import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.main.StepScreen;
import com.discountworkbench.ui.main.StepView;
import com.discountworkbench.ui.main.WorkbenchContext;

/** The Prepare step's screen; its view model lives as long as the window. */
public final class PrepareScreen implements StepScreen {
    private final PrepareStepViewModel viewModel;

    public PrepareScreen(WorkbenchContext context) {
        this.viewModel = new PrepareStepViewModel(context);
    }

    @Override
    public StepView createView(Localization localization) {
        return new PrepareStepView(viewModel, localization);
    }
}
