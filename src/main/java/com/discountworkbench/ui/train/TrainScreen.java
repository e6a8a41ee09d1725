package com.discountworkbench.ui.train;

import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.main.StepScreen;
import com.discountworkbench.ui.main.StepView;
import com.discountworkbench.ui.main.WorkbenchContext;
import com.discountworkbench.ui.task.FxThrottle;

/** The Train step's screen; its view model, and so a running training job, outlives language switches. */
public final class TrainScreen implements StepScreen {
    private final TrainViewModel viewModel;

    public TrainScreen(WorkbenchContext context) {
        this.viewModel = new TrainViewModel(context, FxThrottle.fxScheduler());
    }

    @Override
    public StepView createView(Localization localization) {
        return new TrainView(viewModel, localization);
    }
}
