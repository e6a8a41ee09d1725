package com.discountworkbench.ui.inspect;

import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.main.StepScreen;
import com.discountworkbench.ui.main.StepView;
import com.discountworkbench.ui.main.WorkbenchContext;

/** The Inspect step's screen; its view model (and the scored customers) live as long as the window. */
public final class InspectScreen implements StepScreen {
    private final InspectViewModel viewModel;

    public InspectScreen(WorkbenchContext context) {
        this.viewModel = new InspectViewModel(context.session(), context.pipeline(), context.tasks(),
                context.dialogs(), context.language());
    }

    @Override
    public StepView createView(Localization localization) {
        return new InspectView(viewModel, localization);
    }
}
