package com.discountworkbench.ui.feedback;

import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.main.StepScreen;
import com.discountworkbench.ui.main.StepView;
import com.discountworkbench.ui.main.WorkbenchContext;

/** The Feedback step's screen; its view model (and the imported outcomes) live as long as the window. */
public final class FeedbackScreen implements StepScreen {
    private final FeedbackViewModel viewModel;

    public FeedbackScreen(WorkbenchContext context) {
        this.viewModel = new FeedbackViewModel(context.session(), context.pipeline(), context.tasks(),
                context.dialogs(), context.language());
    }

    @Override
    public StepView createView(Localization localization) {
        return new FeedbackView(viewModel, localization);
    }
}
