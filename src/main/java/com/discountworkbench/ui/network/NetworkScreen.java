package com.discountworkbench.ui.network;

import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.main.StepScreen;
import com.discountworkbench.ui.main.StepView;
import com.discountworkbench.ui.main.WorkbenchContext;

/** The Network step's screen; its view model, and so the analyst's edits, live as long as the window. */
public final class NetworkScreen implements StepScreen {
    private final NetworkViewModel viewModel;

    public NetworkScreen(WorkbenchContext context) {
        this.viewModel = new NetworkViewModel(context);
    }

    @Override
    public StepView createView(Localization localization) {
        return new NetworkView(viewModel, localization);
    }
}
