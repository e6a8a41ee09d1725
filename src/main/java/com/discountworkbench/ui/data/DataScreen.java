package com.discountworkbench.ui.data;

import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.main.StepScreen;
import com.discountworkbench.ui.main.StepView;
import com.discountworkbench.ui.main.WorkbenchContext;

/** The Data step's screen; its view model lives as long as the window. */
public final class DataScreen implements StepScreen {
    private final DataStepViewModel viewModel;

    /** @param sample loaded when the workbench starts without data */
    public DataScreen(WorkbenchContext context, SampleData sample) {
        this.viewModel = new DataStepViewModel(context, sample);
    }

    @Override
    public StepView createView(Localization localization) {
        return new DataStepView(viewModel, localization);
    }
}
