package com.discountworkbench.ui;

import com.discountworkbench.ui.data.DataScreen;
import com.discountworkbench.ui.feedback.FeedbackScreen;
import com.discountworkbench.ui.inspect.InspectScreen;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepScreens;

/**
 * Which screen each pipeline step shows. A new screen is one line here; steps without a line show their
 * overview page (purpose, state, what they wait for).
 */
public final class WorkbenchScreens {
    private WorkbenchScreens() {
    }

    public static StepScreens create() {
        return new StepScreens()
                .register(PipelineStep.DATA, DataScreen::new)
                .register(PipelineStep.INSPECT, InspectScreen::new)
                .register(PipelineStep.FEEDBACK, FeedbackScreen::new);
    }
}
