package com.discountworkbench.ui;

import com.discountworkbench.ui.data.DataScreen;
import com.discountworkbench.ui.data.SampleData;
import com.discountworkbench.ui.export.ExportScreen;
import com.discountworkbench.ui.feedback.FeedbackScreen;
import com.discountworkbench.ui.inspect.InspectScreen;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepScreens;
import com.discountworkbench.ui.network.NetworkScreen;
import com.discountworkbench.ui.prepare.PrepareScreen;
import com.discountworkbench.ui.simulate.SimulateScreen;
import com.discountworkbench.ui.train.TrainScreen;

/**
 * Which screen each pipeline step shows. A new screen is one line here; steps without a line show their
 * overview page (purpose, state, what they wait for).
 */
public final class WorkbenchScreens {
    private WorkbenchScreens() {
    }

    /** The application's screens; the Data step starts with the bundled sample data. */
    public static StepScreens create() {
        return create(SampleData.bundled());
    }

    /** @param sample what the Data step loads when the workbench starts without data */
    public static StepScreens create(SampleData sample) {
        return new StepScreens()
                .register(PipelineStep.DATA, context -> new DataScreen(context, sample))
                .register(PipelineStep.PREPARE, PrepareScreen::new)
                .register(PipelineStep.NETWORK, NetworkScreen::new)
                .register(PipelineStep.TRAIN, TrainScreen::new)
                .register(PipelineStep.INSPECT, InspectScreen::new)
                .register(PipelineStep.SIMULATE, SimulateScreen::new)
                .register(PipelineStep.EXPORT, ExportScreen::new)
                .register(PipelineStep.FEEDBACK, FeedbackScreen::new);
    }
}
