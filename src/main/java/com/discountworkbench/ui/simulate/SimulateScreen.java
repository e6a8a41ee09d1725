package com.discountworkbench.ui.simulate;

import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.main.StepScreen;
import com.discountworkbench.ui.main.StepView;
import com.discountworkbench.ui.main.WorkbenchContext;

/** The Simulate step's screen; its view model (and the scenario being explored) lives as long as the window. */
public final class SimulateScreen implements StepScreen {
    private final SimulateViewModel viewModel;

    public SimulateScreen(WorkbenchContext context) {
        this.viewModel = new SimulateViewModel(context);
    }

    @Override
    public StepView createView(Localization localization) {
        return new SimulateStepView(viewModel, localization);
    }
}
