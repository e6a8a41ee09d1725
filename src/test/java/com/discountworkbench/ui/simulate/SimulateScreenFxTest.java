package com.discountworkbench.ui.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.testing.TrainedSample;
import com.discountworkbench.ui.TestWindow;
import com.discountworkbench.ui.WorkbenchScreens;
import com.discountworkbench.ui.WorkbenchWindow;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.WorkbenchContext;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: with a trained model in the session, moving a Simulate slider changes the figures. */
@ExtendWith(ApplicationExtension.class)
class SimulateScreenFxTest {
    private final TestWindow testWindow = new TestWindow();
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        window = testWindow.open(stage, WorkbenchScreens.create());
    }

    @AfterEach
    void close() throws Exception {
        testWindow.close();
    }

    @Test
    void aSliderChangesTheFigures(FxRobot robot) throws Exception {
        TrainedSample sample = TrainedSample.get();
        WorkbenchContext context = window.context();
        robot.interact(() -> {
            context.session().dataProperty().set(sample.loaded());
            context.pipeline().markDone(PipelineStep.DATA);
            context.pipeline().markDone(PipelineStep.PREPARE);
            context.pipeline().markDone(PipelineStep.NETWORK);
            context.pipeline().markDone(PipelineStep.TRAIN);
            context.session().modelProperty().set(sample.model());
        });
        robot.clickOn("#nav-simulate");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> isNumber(text(robot, "#kpi-profit")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.session().policyProperty().get() != null);
        String conversions = text(robot, "#kpi-conversions");
        Slider maxDiscount = robot.lookup("#simulate-max-discount").queryAs(Slider.class);
        assertThat(maxDiscount.getValue()).isEqualTo(maxDiscount.getMax());

        robot.clickOn(maxDiscount);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !text(robot, "#kpi-conversions").equals(conversions));
        assertThat(maxDiscount.getValue()).isLessThan(maxDiscount.getMax());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.session().policyProperty().get().constraints()
                .maxDiscount() == maxDiscount.getValue());
        assertThat(robot.lookup("#simulate-kpis").queryParent().getChildrenUnmodifiable()).hasSize(7);
        assertThat(window.context().pipeline().state(PipelineStep.SIMULATE).name()).isEqualTo("DONE");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean isNumber(String text) {
        return text != null && text.matches("[\\d,.]+");
    }
}
